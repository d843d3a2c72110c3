import type { Cart } from './schemas/cart.js'
import type { Order, Receipt } from './schemas/order.js'
import type { PaymentSummary } from './schemas/payment.js'
import type { Shipment } from './schemas/tracking.js'

// Events bubble to `document`, where every script of the page (tag managers, chat widgets)
// listens. They carry what analytics needs and nothing that identifies or reaches the shopper:
// no e-mail, phone or address, no capability token. Allow-lists, so a field added to a schema
// stays out of events until someone decides it belongs there.

const cartFields = [
  'id',
  'version',
  'currency',
  'items',
  'itemCount',
  'subtotal',
  'discounts',
  'shipping',
  'tax',
  'total',
  'promoCodes',
  'giftCards',
  'amountDue',
  'shippingOptionId',
] as const satisfies ReadonlyArray<keyof Cart>

/** A cart as events carry it: items, totals and codes; no contact, no addresses. */
export type AnalyticsCart = Pick<Cart, (typeof cartFields)[number]>

const receiptFields = [
  'currency',
  'items',
  'subtotal',
  'discounts',
  'shipping',
  'tax',
  'total',
] as const satisfies ReadonlyArray<keyof Receipt>

/** How a payment shows in an event: its method type, the card brand and the amount. */
export type AnalyticsPayment = Pick<PaymentSummary, 'type' | 'brand' | 'amount'>

/**
 * A placed order as `weship-order-placed` carries it (GA4 `purchase`): its number, items,
 * totals, codes and delivery. The e-mail, the addresses and the status token are on the
 * element's `lastOrder` instead.
 */
export interface AnalyticsOrder extends Pick<Order, 'id' | 'number' | 'status' | 'createdAt'> {
  shippingOption: Order['shippingOption']
  receipt: Pick<Receipt, (typeof receiptFields)[number]> & { payments: AnalyticsPayment[] }
}

/** A shipment as `weship-tracking-update` carries it: no tracking number, link or scan places. */
export type AnalyticsShipment = Pick<
  Shipment,
  'id' | 'index' | 'count' | 'status' | 'carrier' | 'estimatedDelivery' | 'deliveredAt' | 'items'
>

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>
  for (const key of keys) if (from[key] !== undefined) picked[key] = from[key]
  return picked
}

export function analyticsCart(cart: Cart): AnalyticsCart {
  return pick(cart, cartFields)
}

export function analyticsOrder(order: Order): AnalyticsOrder {
  const { receipt } = order
  return {
    ...pick(order, ['id', 'number', 'status', 'createdAt', 'shippingOption']),
    receipt: {
      ...pick(receipt, receiptFields),
      payments: receipt.payments.map((payment) => pick(payment, ['type', 'brand', 'amount'])),
    },
  }
}

export function analyticsShipment(shipment: Shipment): AnalyticsShipment {
  const fields = ['id', 'index', 'count', 'status', 'carrier', 'estimatedDelivery'] as const
  return pick(shipment, [...fields, 'deliveredAt', 'items'])
}
