import {
  CheckoutError,
  type CheckoutErrorCode,
  docsUrl,
  isCheckoutError,
  type Problem,
} from '@weship/checkout-core'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { CheckoutRefusal } from '../engine/checkout-refusal.js'

const titles: Record<string, string> = {
  cart_not_found: 'Cart not found',
  line_not_found: 'Cart line not found',
  unknown_sku: 'Unknown SKU',
  out_of_stock: 'Out of stock',
  insufficient_stock: 'Not enough stock',
  quantity_limit: 'Quantity limit exceeded',
  unsupported_currency: 'Currency not supported',
  invalid_request: 'Invalid request',
  malformed_json: 'Malformed JSON',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Payload too large',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  origin_not_allowed: 'Origin not allowed',
  internal_error: 'Internal server error',
  invalid_address: 'Invalid address',
  shipping_address_required: 'Shipping address required',
  shipping_option_unavailable: 'Delivery option unavailable',
  code_unknown: 'Code not valid',
  code_expired: 'Code expired',
  code_minimum_not_met: 'Minimum not reached',
  code_already_used: 'Code already used',
  code_not_combinable: 'Codes cannot be combined',
  code_already_applied: 'Code already applied',
  code_currency_mismatch: 'Code not valid in this currency',
  gift_card_empty: 'Gift card empty',
  clock_fixed: 'Clock cannot move',
  idempotency_key_required: 'Idempotency key required',
  idempotency_key_reused: 'Idempotency key reused',
  idempotency_key_in_flight: 'Request in progress',
  cart_version_mismatch: 'Cart changed',
  cart_already_ordered: 'Cart already ordered',
  cart_empty: 'Cart is empty',
  contact_required: 'Contact required',
  shipping_option_required: 'Delivery option required',
  card_declined: 'Payment declined',
  insufficient_funds: 'Payment declined',
  expired_card: 'Payment declined',
  incorrect_cvc: 'Payment declined',
  authentication_failed: 'Authentication failed',
  processing_error: 'Payment declined',
  payment_provider_error: 'Payment provider error',
  payment_verification_failed: 'Payment not verified',
  invalid_card: 'Invalid card details',
  payment_token_required: 'Card token required',
  payment_token_invalid: 'Card token invalid',
  payment_method_unavailable: 'Payment method unavailable',
  payment_action_not_found: 'Payment step not found',
  payment_action_settled: 'Payment step finished',
  order_not_found: 'Order not found',
  too_many_attempts: 'Too many attempts',
  cart_capacity_reached: 'Shop busy',
  invalid_credentials: 'Invalid credentials',
  email_already_registered: 'E-mail already registered',
  not_signed_in: 'Not signed in',
}

const statusByCode: Record<CheckoutErrorCode, number> = {
  CONFIG: 500,
  VALIDATION: 422,
  ADAPTER: 500,
  NETWORK: 502,
  PAYMENT_DECLINED: 402,
  CONFLICT: 409,
  CANCELLED: 400,
}

/** Shorthand for the problems the HTTP layer raises itself (routing, body, origin). */
export function httpProblem(
  code: CheckoutErrorCode,
  status: number,
  reason: string,
  detail: string,
): CheckoutError {
  return new CheckoutError(code, detail, { status, reason })
}

/** Turns anything thrown into an RFC 9457 document; unexpected failures say nothing internal. */
export function toProblem(error: unknown): Problem {
  const known = asCheckoutError(error)
  const status = known?.status ?? (known ? statusByCode[known.code] : 500)
  // 503 says "come back later" (with Retry-After); any other 5xx hides what went wrong.
  if (!known || (status >= 500 && status !== 503)) {
    return problem(500, 'ADAPTER', 'internal_error', 'Something went wrong on the server.')
  }
  const reason = known.reason ?? `http_${status}`
  // Extensions first, so they can add members (`cartVersion`) but never replace standard ones.
  const extensions = known instanceof CheckoutRefusal ? known.extensions : {}
  const body = { ...extensions, ...problem(status, known.code, reason, known.message) }
  return known.fieldErrors.length > 0 ? { ...body, errors: known.fieldErrors } : body
}

export function problemResponse(c: Context, error: unknown, headers: Record<string, string> = {}) {
  const body = toProblem(error)
  const retryAfter = (error as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    ...(typeof retryAfter === 'number' && (body.status === 429 || body.status === 503)
      ? { 'retry-after': String(retryAfter) }
      : {}),
    ...headers,
    'content-type': 'application/problem+json',
  })
}

function asCheckoutError(error: unknown): CheckoutError | undefined {
  if (isCheckoutError(error)) return error
  if (error instanceof HTTPException && error.status < 500) {
    const detail = error.message || 'Request refused.'
    return httpProblem('ADAPTER', error.status, `http_${error.status}`, detail)
  }
  return undefined
}

function problem(status: number, code: CheckoutErrorCode, reason: string, detail: string): Problem {
  return {
    type: `${docsUrl('rest-api.md')}#${reason}`,
    title: titles[reason] ?? 'Request refused',
    status,
    detail,
    code,
    reason,
  }
}
