import type { Cart } from './schemas/cart.js'

// Events bubble to `document`, where every script of the page (tag managers, chat widgets)
// listens. They carry what analytics needs and nothing that identifies or reaches the shopper:
// no e-mail, phone or address, no capability token. Allow-lists, so a field added to a schema
// stays out of events until someone decides it belongs there. The order's and the shipments'
// are in analytics-order.ts, which only the checkout's and the status page's chunks need.

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

/** The listed fields of `from` that it has. */
export function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>
  for (const key of keys) if (from[key] !== undefined) picked[key] = from[key]
  return picked
}

export function analyticsCart(cart: Cart): AnalyticsCart {
  return pick(cart, cartFields)
}
