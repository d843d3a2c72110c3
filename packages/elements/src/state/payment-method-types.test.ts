import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { parsePaymentMethodTypes, withPaymentMethodTypes } from './payment-method-types.js'

describe('payment-method-types', () => {
  it('maps payment method ids to their kind, separated by commas or spaces', () => {
    expect(parsePaymentMethodTypes('standard-payment:invoice, pp_stripe_stripe:card')).toEqual({
      'standard-payment': 'invoice',
      pp_stripe_stripe: 'card',
    })
    expect(parsePaymentMethodTypes(undefined)).toBeUndefined()
  })

  it.each(['standard-payment', 'standard-payment:cash', ':card', 'a:card,b'])(
    'refuses "%s" naming the attribute and the kinds',
    (value) => {
      expect(() => parsePaymentMethodTypes(value)).toThrow(
        expect.objectContaining({
          code: 'CONFIG',
          reason: 'invalid_payment_method_types',
          message: expect.stringMatching(
            /"payment-method-types" attribute must pair payment method ids with a kind \(card, gift_card, invoice, wallet\)/,
          ),
        }),
      )
    },
  )

  it("gives the backend's methods the kinds named, and leaves the others as they were", async () => {
    const adapter = fakeAdapter()
    adapter.listPaymentMethods = async () => [
      { id: 'standard-payment', type: 'card', label: 'Standard' },
      { id: 'card', type: 'card', label: 'Card' },
    ]
    const typed = withPaymentMethodTypes(adapter, { 'standard-payment': 'invoice' })
    expect(await typed.listPaymentMethods('c1')).toMatchObject([
      { id: 'standard-payment', type: 'invoice' },
      { id: 'card', type: 'card' },
    ])
    expect(typed.getCart).toBe(adapter.getCart)
  })
})
