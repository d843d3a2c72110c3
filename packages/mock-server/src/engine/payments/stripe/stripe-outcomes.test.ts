import type Stripe from 'stripe'
import { describe, expect, it } from 'vitest'
import { assertIntentPays, declineReason } from './stripe-outcomes.js'

describe('Stripe’s declines as reasons the widget can word apart', () => {
  it.each([
    [{ code: 'card_declined', decline_code: 'generic_decline' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'insufficient_funds' }, 'insufficient_funds'],
    [{ code: 'expired_card' }, 'expired_card'],
    [{ code: 'incorrect_cvc' }, 'incorrect_cvc'],
    [{ code: 'payment_intent_authentication_failure' }, 'authentication_failed'],
    [{ code: 'processing_error' }, 'processing_error'],
    // Never tell the shopper (or whoever holds the card) that it was reported stolen.
    [{ code: 'card_declined', decline_code: 'stolen_card' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'fraudulent' }, 'card_declined'],
  ])('%o → %s', (error, reason) => {
    expect(declineReason(error)).toBe(reason)
  })
})

describe('checking a PaymentIntent before an order', () => {
  const paid = {
    id: 'pi_1',
    amount: 4290,
    currency: 'eur',
    status: 'succeeded',
    metadata: { cart_id: 'cart-1' },
  } as unknown as Stripe.PaymentIntent
  const expected = { amount: { amount: 4290, currency: 'EUR' }, cartId: 'cart-1' }

  it('accepts the intent made for this cart, amount and currency, once it succeeded', () => {
    expect(() => assertIntentPays(paid, expected)).not.toThrow()
  })

  it.each([
    ['another amount', { amount: 4289 }],
    ['another currency', { currency: 'usd' }],
    ['another cart', { metadata: { cart_id: 'cart-2' } }],
    ['not paid yet', { status: 'requires_action' }],
    ['not paid at all', { status: 'requires_payment_method' }],
  ])('refuses %s', (_what, change) => {
    const intent = { ...paid, ...change } as Stripe.PaymentIntent
    expect(() => assertIntentPays(intent, expected)).toThrow()
  })
})
