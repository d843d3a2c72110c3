import { CheckoutError, type CheckoutErrorCode, type FieldError } from '@weship/checkout-core'

/** Medusa's error body: `{ type, code?, message }` (type is a MedusaError type). */
export interface MedusaErrorBody {
  type?: string | undefined
  code?: string | undefined
  message?: string | undefined
}

type Rule = [
  test: { type?: string; code?: string; message?: RegExp },
  code: CheckoutErrorCode,
  reason: string,
  field?: string,
]

/**
 * Medusa names few errors by code; most are an error type and an English message, so the finer
 * rules match the message Medusa 2.x writes. First match wins; see docs/adapters/medusa.md.
 */
const rules: Rule[] = [
  [{ code: 'insufficient_inventory' }, 'VALIDATION', 'insufficient_stock', 'quantity'],
  [{ message: /publishable (api )?key/i }, 'CONFIG', 'publishable_key_invalid'],
  [{ type: 'conflict' }, 'CONFLICT', 'idempotency_key_in_flight'],
  [{ code: 'invalid_state_error' }, 'CONFLICT', 'idempotency_key_in_flight'],
  [{ message: /was not authorized with the provider/ }, 'PAYMENT_DECLINED', 'card_declined'],
  [{ type: 'payment_authorization_error' }, 'PAYMENT_DECLINED', 'payment_failed'],
  [{ type: 'payment_requires_more_error' }, 'PAYMENT_DECLINED', 'payment_incomplete'],
  [{ message: /^Cart with id .* not found/ }, 'ADAPTER', 'cart_not_found'],
  [{ message: /^Order id not found/ }, 'ADAPTER', 'order_not_found'],
  [{ message: /^Line item with id/ }, 'ADAPTER', 'line_not_found'],
  [{ message: /already completed/ }, 'CONFLICT', 'cart_already_ordered'],
  [{ message: /promotion code .* is invalid/i }, 'VALIDATION', 'code_unknown', 'code'],
  [{ message: /is not within region/ }, 'VALIDATION', 'country_not_served', 'country'],
  [{ message: /^Variants? .*(do not exist|not published)/ }, 'VALIDATION', 'unknown_sku', 'sku'],
  [{ message: /^Variants with IDs .* do not have a price/ }, 'VALIDATION', 'unknown_sku', 'sku'],
  [{ message: /^Shipping [Oo]ptions?/ }, 'VALIDATION', 'shipping_option_unavailable'],
  [
    { message: /shipping method|shipping profiles|Payment (sessions|collection)|no items/ },
    'VALIDATION',
    'checkout_incomplete',
  ],
  [{ message: /^Invalid request/ }, 'VALIDATION', 'invalid_request'],
  [{ type: 'not_found' }, 'ADAPTER', 'not_found'],
  [{ type: 'unauthorized' }, 'ADAPTER', 'forbidden'],
  [{ type: 'forbidden' }, 'ADAPTER', 'forbidden'],
]

export function medusaErrorToCheckoutError(status: number, body: MedusaErrorBody): CheckoutError {
  const message = body.message || `Medusa answered ${status}.`
  // A 5xx is Medusa failing, not the shopper's input: worth another try, never a field error.
  if (status >= 500) {
    return new CheckoutError('NETWORK', message, { status, reason: 'medusa_error', cause: body })
  }
  const rule = rules.find(([test]) => matches(test, body))
  const [, code, reason, field] = rule ?? [
    {},
    status === 400 ? 'VALIDATION' : 'ADAPTER',
    `medusa_${body.type ?? status}`,
  ]
  const fieldErrors: FieldError[] = field ? [{ field, message }] : []
  // Decline details stay in `cause` for the merchant's logs; shoppers get a generic message.
  return new CheckoutError(code, message, { status, reason, fieldErrors, cause: body })
}

function matches(test: Rule[0], body: MedusaErrorBody): boolean {
  if (test.type !== undefined && test.type !== body.type) return false
  if (test.code !== undefined && test.code !== body.code) return false
  if (test.message && !test.message.test(body.message ?? '')) return false
  return true
}
