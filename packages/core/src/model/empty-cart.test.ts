import { describe, expect, it } from 'vitest'
import { cartSchema } from '../schemas/cart.js'
import { emptyCart } from './empty-cart.js'

describe('emptyCart', () => {
  it('is a valid cart of nothing, in its currency, with nothing chosen', () => {
    const now = '2026-11-26T10:00:00.000Z'
    const cart = cartSchema.parse(emptyCart({ id: 't', version: 3, currency: 'USD', now }))
    expect(cart).toMatchObject({ id: 't', version: 3, items: [], itemCount: 0, tax: null })
    expect(cart.total).toEqual({ amount: 0, currency: 'USD' })
    expect(cart.amountDue).toEqual({ amount: 0, currency: 'USD' })
    expect([cart.shippingAddress, cart.shippingOptionId, cart.contact]).toEqual([null, null, null])
    expect([cart.createdAt, cart.updatedAt]).toEqual([now, now])
  })
})
