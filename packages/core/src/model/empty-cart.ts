import type { Cart } from '../schemas/cart.js'

export interface EmptyCartFields {
  id: string
  version: number
  currency: string
  /** ISO 8601; both `createdAt` and `updatedAt`. */
  now: string
}

/** A cart with nothing in it and nothing chosen, as an adapter returns one before the first item. */
export function emptyCart({ id, version, currency, now }: EmptyCartFields): Cart {
  const zero = { amount: 0, currency }
  return {
    id,
    version,
    currency,
    items: [],
    itemCount: 0,
    subtotal: zero,
    discounts: [],
    shipping: null,
    tax: null,
    total: zero,
    promoCodes: [],
    giftCards: [],
    amountDue: zero,
    contact: null,
    shippingAddress: null,
    billingAddress: null,
    shippingOptionId: null,
    createdAt: now,
    updatedAt: now,
  }
}
