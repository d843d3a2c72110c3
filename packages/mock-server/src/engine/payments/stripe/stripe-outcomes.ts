import { CheckoutError, type MoneyWire, toStripeAmount } from '@weship/checkout-core'
import type Stripe from 'stripe'
import type { CardUsed } from '../../orders/build-order.js'
import { paymentDeclined, paymentTokenInvalid } from '../payment-errors.js'
import type { DeclineReason } from '../test-cards.js'

/**
 * A decline as the widget words it: Stripe's codes (https://docs.stripe.com/declines/codes and
 * https://docs.stripe.com/error-codes) folded into distinct reasons, so a wrong CVC, missing
 * funds, an expired card and a failed 3-D Secure can each be told apart. Lost, stolen and
 * fraud-flagged cards read as a plain decline, as Stripe advises.
 */
export function declineReason(error: { code?: string | null; decline_code?: string | null }) {
  const code = error.decline_code ?? error.code ?? ''
  const reasons: Record<string, DeclineReason> = {
    insufficient_funds: 'insufficient_funds',
    expired_card: 'expired_card',
    incorrect_cvc: 'incorrect_cvc',
    invalid_cvc: 'incorrect_cvc',
    payment_intent_authentication_failure: 'authentication_failed',
    authentication_required: 'authentication_failed',
    processing_error: 'processing_error',
  }
  return reasons[code] ?? reasons[error.code ?? ''] ?? 'card_declined'
}

/** A failure of Stripe's API call as the checkout's: a decline, a bad token, or no answer. */
export function stripeRefusal(error: unknown): CheckoutError {
  const stripe = error as Partial<Stripe.errors.StripeError>
  switch (stripe.rawType) {
    case 'card_error':
      return paymentDeclined(declineReason(stripe))
    case 'idempotency_error':
      // Stripe saw this key with other parameters (another ConfirmationToken): as ours says.
      return new CheckoutError('VALIDATION', 'This Idempotency-Key was used for another payment.', {
        status: 422,
        reason: 'idempotency_key_reused',
        cause: error,
      })
    case 'invalid_request_error':
      // An unknown, used or expired ConfirmationToken: the shopper enters the card again.
      if (stripe.param === 'confirmation_token') return paymentTokenInvalid()
      return providerError('Stripe refused the payment request.', error)
    default:
      return providerError('Stripe could not be reached; try again.', error)
  }
}

/** 502: the payment provider failed us; the attempt's key stays, so a retry is safe. */
function providerError(detail: string, cause: unknown): CheckoutError {
  return new CheckoutError('ADAPTER', detail, {
    status: 502,
    reason: 'payment_provider_error',
    cause,
  })
}

export interface IntentExpectation {
  amount: MoneyWire
  cartId: string
}

/**
 * Before an order is recorded: the PaymentIntent is for this cart (metadata), for exactly the
 * amount and currency agreed, and paid. Anything else is refused and nothing is recorded.
 */
export function assertIntentPays(intent: Stripe.PaymentIntent, expected: IntentExpectation): void {
  assertIntentMatches(intent, expected)
  if (intent.status !== 'succeeded') {
    throw providerError(`The PaymentIntent is ${intent.status}, not succeeded.`, undefined)
  }
}

/** The PaymentIntent is the one made for this cart and amount (whatever its status). */
export function assertIntentMatches(intent: Stripe.PaymentIntent, expected: IntentExpectation) {
  const { amount, currency } = toStripeAmount(expected.amount)
  const matches =
    intent.amount === amount &&
    intent.currency === currency &&
    intent.metadata?.cart_id === expected.cartId
  if (!matches) {
    throw new CheckoutError('ADAPTER', 'The PaymentIntent does not match this order.', {
      status: 502,
      reason: 'payment_verification_failed',
    })
  }
}

/** The card a PaymentIntent charged, as a receipt shows it. */
export function cardOf(intent: Stripe.PaymentIntent): CardUsed | undefined {
  const method = intent.payment_method
  const card = typeof method === 'object' && method ? method.card : undefined
  return card ? { brand: card.brand, last4: card.last4 } : undefined
}

/** The decline of a PaymentIntent that is back to `requires_payment_method`. */
export function declineOf(intent: Stripe.PaymentIntent): CheckoutError {
  return paymentDeclined(declineReason(intent.last_payment_error ?? {}))
}
