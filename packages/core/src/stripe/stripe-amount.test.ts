import { describe, expect, it } from 'vitest'
import { toStripeAmount } from './stripe-amount.js'

describe('toStripeAmount', () => {
  it('passes two-, zero- and three-decimal amounts through, with a lower-case currency', () => {
    expect(toStripeAmount({ amount: 4290, currency: 'EUR' })).toEqual({
      amount: 4290,
      currency: 'eur',
    })
    expect(toStripeAmount({ amount: 12800, currency: 'JPY' })).toEqual({
      amount: 12800,
      currency: 'jpy',
    })
    expect(toStripeAmount({ amount: 1250, currency: 'KWD' })).toEqual({
      amount: 1250,
      currency: 'kwd',
    })
  })

  it('sends ISK and UGX as two-decimal amounts, as Stripe still takes them', () => {
    expect(toStripeAmount({ amount: 500, currency: 'ISK' })).toEqual({
      amount: 50000,
      currency: 'isk',
    })
    expect(toStripeAmount({ amount: 7, currency: 'UGX' }).amount).toBe(700)
  })
})
