import { CheckoutError, type FieldError } from '@weship/checkout-core'
import type { DeclineReason } from './test-cards.js'

// Shoppers read `detail`, so it stays generic; the finer `reason` is for the UI and merchants.

export function paymentDeclined(reason: DeclineReason): CheckoutError {
  const detail =
    reason === 'authentication_failed'
      ? 'The payment could not be authenticated. Try again or use another card.'
      : 'The payment was declined. Try another card or payment method.'
  return new CheckoutError('PAYMENT_DECLINED', detail, { status: 402, reason })
}

export function invalidCard(fieldErrors: FieldError[]): CheckoutError {
  return new CheckoutError('VALIDATION', 'Check the card details.', {
    status: 422,
    reason: 'invalid_card',
    fieldErrors,
  })
}

export function paymentTokenRequired(): CheckoutError {
  return new CheckoutError('VALIDATION', 'Enter the card details.', {
    status: 422,
    reason: 'payment_token_required',
    fieldErrors: [{ field: 'payment.token', message: 'A card token is required.' }],
  })
}

export function paymentTokenInvalid(): CheckoutError {
  return new CheckoutError('VALIDATION', 'The card details have expired; enter them again.', {
    status: 422,
    reason: 'payment_token_invalid',
    fieldErrors: [{ field: 'payment.token', message: 'Unknown, used or expired token.' }],
  })
}

export function paymentMethodUnavailable(methodId: string): CheckoutError {
  return new CheckoutError('VALIDATION', `The payment method "${methodId}" is not available.`, {
    status: 422,
    reason: 'payment_method_unavailable',
    fieldErrors: [{ field: 'payment.methodId', message: 'Not available for this cart.' }],
  })
}

export function paymentActionNotFound(): CheckoutError {
  return new CheckoutError('ADAPTER', 'This payment step does not exist or has expired.', {
    status: 404,
    reason: 'payment_action_not_found',
  })
}
