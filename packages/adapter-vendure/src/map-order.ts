import { CheckoutError, type Order, type ShippingOption } from '@weship/checkout-core'
import { fromVendureAddress } from './map-address.js'
import { moneyIn, pricesOf, toDiscounts, toLineItem } from './map-cart.js'
import type { ShippingMethodQuote, VendureOrder } from './vendure-schemas.js'

const fulfilledStates = new Set(['PartiallyShipped', 'Shipped', 'PartiallyDelivered'])
const paidPaymentStates = new Set(['Authorized', 'Settled'])

/**
 * A placed Vendure order as the widget's order. Its code is the shopper's order number and,
 * as with Vendure's own `orderByCode`, the capability that reads it back (`statusToken`).
 */
export interface PlacedOrderView {
  /** Whether the channel shows prices with tax. */
  taxIncluded: boolean
  /** Only the placing answer carries the status token. */
  withToken: boolean
  /** Shopper-facing names of payment methods by code, where the adapter has seen them. */
  methodNames?: ReadonlyMap<string, string>
}

export function placedOrderToOrder(
  order: VendureOrder,
  { taxIncluded, withToken, methodNames }: PlacedOrderView,
): Order {
  const money = moneyIn(order.currencyCode)
  const shippingAddress = fromVendureAddress(order.shippingAddress)
  const [shippingLine] = order.shippingLines
  if (!shippingAddress || !order.customer || !shippingLine) {
    throw new CheckoutError(
      'ADAPTER',
      `Order ${order.code} lacks an address, e-mail or delivery.`,
      {
        reason: 'invalid_response',
      },
    )
  }
  const prices = pricesOf(order, taxIncluded)
  return {
    id: order.id,
    number: order.code,
    status:
      order.state === 'Cancelled'
        ? 'cancelled'
        : order.state === 'Delivered'
          ? 'delivered'
          : fulfilledStates.has(order.state)
            ? 'fulfilled'
            : 'confirmed',
    email: order.customer.emailAddress,
    shippingAddress,
    billingAddress: fromVendureAddress(order.billingAddress) ?? shippingAddress,
    shippingOption: toShippingOption(
      {
        ...shippingLine.shippingMethod,
        price: shippingLine.price,
        priceWithTax: shippingLine.priceWithTax,
      },
      order.currencyCode,
      taxIncluded,
    ),
    giftCards: [],
    receipt: {
      currency: order.currencyCode,
      items: order.lines.map((line) => toLineItem(line, money, taxIncluded)),
      subtotal: money(prices.subtotal),
      discounts: toDiscounts(order, money, taxIncluded),
      shipping: money(prices.shipping),
      tax: { amount: money(prices.tax), included: taxIncluded },
      total: money(order.totalWithTax),
      payments: (order.payments ?? [])
        .filter((payment) => paidPaymentStates.has(payment.state))
        .map((payment) => ({
          type: 'card' as const,
          label: methodNames?.get(payment.method) ?? payment.method,
          amount: money(payment.amount),
        })),
    },
    ...(withToken ? { statusToken: order.code } : {}),
    createdAt: order.orderPlacedAt ?? order.createdAt,
  }
}

/** Stock Vendure promises no delivery dates; the kind is read from the method's code or name. */
export function toShippingOption(
  method: ShippingMethodQuote,
  currency: string,
  taxIncluded: boolean,
): ShippingOption {
  const words = `${method.code} ${method.name}`.toLowerCase()
  const kind = /pick-?up|collect/.test(words)
    ? 'pickup'
    : /express|next-?day/.test(words)
      ? 'express'
      : 'standard'
  return {
    id: method.id,
    kind,
    label: method.name,
    price: { amount: taxIncluded ? method.priceWithTax : method.price, currency },
    estimatedDelivery: null,
  }
}
