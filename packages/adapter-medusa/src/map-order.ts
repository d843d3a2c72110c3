import type { Order, PaymentMethod } from '@weship/checkout-core'
import { fromMedusaAddress } from './map-address.js'
import { priceBreakdown } from './map-totals.js'
import { type MedusaOrder, PRICED_FIELDS } from './medusa-schemas.js'

/** Added to Medusa's default order fields: the payment provider, for the receipt. */
export const ORDER_FIELDS = [
  ...PRICED_FIELDS,
  '*payment_collections.payment_sessions',
  '+fulfillment_status',
].join(',')

interface OrderView {
  /** The status token: Medusa's own access rule is the order id (`GET /store/orders/{id}`). */
  withToken: boolean
  methodOf(providerId: string): PaymentMethod
}

/** Medusa's order as the receipt the widget shows, priced exactly as its cart was. */
export function medusaOrderToOrder(order: MedusaOrder, view: OrderView): Order {
  const prices = priceBreakdown(order)
  const shippingAddress = fromMedusaAddress(order.shipping_address)
  const billingAddress = fromMedusaAddress(order.billing_address) ?? shippingAddress
  const [method] = order.shipping_methods ?? []
  const shipping = prices.shipping ?? { amount: 0, currency: prices.currency }
  const providerId = order.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id
  const payment = providerId ? view.methodOf(providerId) : undefined
  return {
    id: order.id,
    number: String(order.display_id),
    status: statusOf(order),
    email: order.email ?? '',
    // Medusa requires both addresses' fields the widget sends; a placed order always has them.
    shippingAddress: shippingAddress ?? emptyAddress(),
    billingAddress: billingAddress ?? emptyAddress(),
    shippingOption: {
      id: method?.shipping_option_id ?? method?.id ?? 'none',
      kind: /express/i.test(method?.name ?? '') ? 'express' : 'standard',
      label: method?.name ?? '',
      price: shipping,
      estimatedDelivery: null,
    },
    giftCards: [],
    receipt: {
      currency: prices.currency,
      items: prices.items,
      subtotal: prices.subtotal,
      discounts: prices.discounts,
      shipping,
      tax: prices.tax,
      total: prices.total,
      payments: payment ? [{ type: payment.type, label: payment.label, amount: prices.total }] : [],
    },
    ...(view.withToken ? { statusToken: order.id } : {}),
    createdAt: order.created_at,
  }
}

function statusOf(order: MedusaOrder): Order['status'] {
  if (order.status === 'canceled') return 'cancelled'
  // Delivered is a fact of its own: the status page stops saying "Shipped" (issue 16).
  if (order.fulfillment_status === 'delivered') return 'delivered'
  const shipped = ['fulfilled', 'shipped', 'partially_delivered']
  return shipped.includes(order.fulfillment_status ?? '') ? 'fulfilled' : 'confirmed'
}

function emptyAddress() {
  return { name: '-', line1: '-', city: '-', country: 'ZZ' }
}
