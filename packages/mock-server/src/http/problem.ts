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
  if (!known || status >= 500) {
    return problem(500, 'ADAPTER', 'internal_error', 'Something went wrong on the server.')
  }
  const reason = known.reason ?? `http_${status}`
  const body = problem(status, known.code, reason, known.message)
  return known.fieldErrors.length > 0 ? { ...body, errors: known.fieldErrors } : body
}

export function problemResponse(c: Context, error: unknown, headers: Record<string, string> = {}) {
  const body = toProblem(error)
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
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
