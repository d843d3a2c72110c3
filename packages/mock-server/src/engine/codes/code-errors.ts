import { CheckoutError, type CodeRefusalReason } from '@weship/checkout-core'

const messages: Record<Exclude<CodeRefusalReason, 'too_many_attempts'>, string> = {
  code_unknown: 'This code is not valid.',
  code_expired: 'This code has expired.',
  code_minimum_not_met: 'Your order does not reach the minimum for this code yet.',
  code_already_used: 'This code has already been used with this e-mail address.',
  code_not_combinable: 'This code cannot be combined with the codes already applied.',
  code_already_applied: 'This code is already applied.',
  gift_card_empty: 'This gift card has no balance left.',
  code_currency_mismatch: 'This code cannot be used in this currency.',
  code_not_for_this_email: 'This code was sent to another e-mail address.',
}

export type CodeRefusal = keyof typeof messages

/** A refused code: 422 VALIDATION with the reason, and the message on the `code` field. */
export function codeRefused(reason: CodeRefusal): CheckoutError {
  const message = messages[reason]
  return new CheckoutError('VALIDATION', message, {
    status: 422,
    reason,
    fieldErrors: [{ field: 'code', message }],
  })
}

/**
 * An order meets a code that stopped applying after the shopper saw the totals (it expired, the
 * card was spent): the engine dropped it, so the order must be re-confirmed at the new total.
 */
export function codeLapsed(reason: CodeRefusal): CheckoutError {
  return new CheckoutError('CONFLICT', `${messages[reason]} The total has changed.`, {
    status: 409,
    reason,
  })
}

const refusalReasons = new Set<string>(Object.keys(messages))

/** Whether an error is a code refusal, which counts against the attempt limits. */
export function isCodeRefusal(error: unknown): boolean {
  return (
    error instanceof CheckoutError && error.status === 422 && refusalReasons.has(error.reason ?? '')
  )
}
