import { describe, expect, it } from 'vitest'
import { paymentActionSchema, paymentMethodSchema } from './payment.js'

const stripeCard = {
  id: 'stripe-card',
  type: 'card',
  label: 'Card',
  provider: 'stripe',
  stripe: { publishableKey: 'pk_test_51AbcDEF', stripeAccount: 'acct_1Xyz' },
}

describe('payment method schema', () => {
  it('carries the provider that serves a method and its public configuration', () => {
    expect(paymentMethodSchema.parse(stripeCard)).toEqual(stripeCard)
  })

  it('refuses a secret key where the publishable key belongs', () => {
    for (const key of ['sk_test_51AbcDEF', 'rk_live_51AbcDEF', 'pk_test_', 'pk_test_a b']) {
      const leaked = { ...stripeCard, stripe: { publishableKey: key } }
      expect(paymentMethodSchema.safeParse(leaked).success, key).toBe(false)
    }
  })

  it('names a provider by a short lower-case name', () => {
    expect(paymentMethodSchema.safeParse({ ...stripeCard, provider: 'Not A Name' }).success).toBe(
      false,
    )
  })
})

describe('payment action schema', () => {
  it('is a framed page or a Stripe next action with its client secret', () => {
    const bank = { id: 'act_1', type: 'three_d_secure', url: 'https://pay.example/3ds/act_1' }
    expect(paymentActionSchema.parse(bank)).toEqual(bank)
    const stripe = { id: 'pi_1', type: 'stripe_next_action', clientSecret: 'pi_1_secret_abc' }
    expect(paymentActionSchema.parse(stripe)).toEqual(stripe)
    expect(paymentActionSchema.safeParse({ ...stripe, clientSecret: 'javascript:1' }).success).toBe(
      false,
    )
    expect(paymentActionSchema.safeParse({ id: 'x', type: 'three_d_secure' }).success).toBe(false)
  })
})
