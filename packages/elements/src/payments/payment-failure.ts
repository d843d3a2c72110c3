import type { CheckoutError } from '@weship/checkout-core'
import type { MessageKey } from '../i18n/message-key.js'

/**
 * Why a payment did not go through, in the shopper's words with what to do next. Declines stay
 * generic (DESIGN §3: the bank's finer reason is the merchant's); a wrong security code, an
 * expired card and the bank's check each say what the shopper can do about them.
 */
export function paymentFailureKey(failure: CheckoutError | null): MessageKey | null {
  if (!failure) return null
  switch (failure.reason) {
    case 'incorrect_cvc':
      return 'payment.failures.incorrectCvc'
    case 'expired_card':
      return 'payment.failures.expiredCard'
    case 'authentication_failed':
      return 'payment.failures.authenticationFailed'
    case 'authentication_cancelled':
      return 'payment.failures.authenticationCancelled'
    case 'payment_action_unavailable':
      return 'payment.failures.actionUnavailable'
    default:
      return 'payment.failures.declined'
  }
}
