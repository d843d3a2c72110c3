import type { CheckoutError } from '@weship/checkout-core'
import { isMessageKey, type MessageKey } from './message-key.js'

/** The shopper-safe message for an error: by reason when we have one, else by its message key. */
export function errorMessageKey(error: CheckoutError): MessageKey {
  const byReason = `errors.reasons.${error.reason}`
  if (error.reason && isMessageKey(byReason)) return byReason
  if (isMessageKey(error.messageKey)) return error.messageKey
  return error.code === 'CONFIG' ? 'errors.config' : 'errors.adapter'
}
