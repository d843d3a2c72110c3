import type { StripeError } from '@stripe/stripe-js'
import { CheckoutError } from '@weship/checkout-core'

/**
 * A Stripe.js error as the widget's: what the shopper typed (shown inside the Payment Element)
 * is VALIDATION, an unreachable Stripe is NETWORK, a rejected publishable key is CONFIG.
 * https://docs.stripe.com/api/errors#errors-type
 */
export function stripeFailure(error: StripeError): CheckoutError {
  const message = error.message ?? 'Stripe refused the request.'
  const options = { cause: error, ...(error.code ? { reason: error.code } : {}) }
  switch (error.type) {
    case 'validation_error':
    case 'card_error':
      return new CheckoutError('VALIDATION', message, {
        ...options,
        reason: 'card_details_invalid',
      })
    case 'api_connection_error':
      return new CheckoutError('NETWORK', message, { ...options, reason: 'unreachable' })
    case 'authentication_error':
      return new CheckoutError('CONFIG', message, options)
    default:
      return new CheckoutError('ADAPTER', message, options)
  }
}

/** Stripe could not be asked at all, so asking the backend would not tell the outcome either. */
export function isUnreachable(error: StripeError): boolean {
  return error.type === 'api_connection_error' || error.type === 'rate_limit_error'
}
