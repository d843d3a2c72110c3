/**
 * Reading the shop's answer: a body against its schema, a problem+json into a CheckoutError.
 * It only runs once an answer is here, so it travels with the schemas (`http-schemas.ts`), not
 * in the first load of a product page that sends no request.
 */
import type * as z from 'zod/mini'
import { CheckoutError, type CheckoutErrorCode, checkoutErrorCodes } from '../errors.js'
import { problemSchema } from '../schemas/problem.js'

export async function parseBody<T>(response: Response, schema: z.ZodMiniType<T>): Promise<T> {
  let json: unknown
  try {
    json = response.status === 204 ? undefined : await response.json()
  } catch (cause) {
    throw malformed(response, cause)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw malformed(response, parsed.error)
  return parsed.data
}

function malformed(response: Response, cause: unknown) {
  return new CheckoutError('ADAPTER', `Unexpected response from ${response.url || 'the server'}.`, {
    reason: 'malformed_response',
    status: response.status,
    cause,
  })
}

export async function problemToError(response: Response): Promise<CheckoutError> {
  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  const problem = problemSchema.safeParse(body)
  if (!problem.success) {
    return new CheckoutError('ADAPTER', `The server answered ${response.status}.`, {
      status: response.status,
      reason: `http_${response.status}`,
    })
  }
  const { code, title, detail, reason, errors } = problem.data
  return new CheckoutError(knownCode(code) ?? codeForStatus(response.status), detail ?? title, {
    status: response.status,
    reason: reason ?? code,
    fieldErrors: errors ?? [],
    cause: problem.data,
  })
}

function knownCode(code: string): CheckoutErrorCode | undefined {
  return (checkoutErrorCodes as readonly string[]).includes(code)
    ? (code as CheckoutErrorCode)
    : undefined
}

function codeForStatus(status: number): CheckoutErrorCode {
  if (status === 400 || status === 422) return 'VALIDATION'
  if (status === 402) return 'PAYMENT_DECLINED'
  if (status === 409 || status === 412) return 'CONFLICT'
  return 'ADAPTER'
}
