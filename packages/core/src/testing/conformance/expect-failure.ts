import { CheckoutError, type CheckoutErrorCode } from '../../errors.js'
import { expect } from './vitest.js'

/** Awaits a promise that must fail with a CheckoutError of `code`, and returns the error. */
export async function expectFailure(
  promise: Promise<unknown>,
  code: CheckoutErrorCode,
): Promise<CheckoutError> {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  if (outcome.ok) {
    throw new Error(`Expected a ${code} CheckoutError, got ${JSON.stringify(outcome.value)}`)
  }
  expect(outcome.error).toBeInstanceOf(CheckoutError)
  const error = outcome.error as CheckoutError
  expect(error.code, `${error.message} (reason ${error.reason})`).toBe(code)
  return error
}
