import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { errorResultToCheckoutError, orderOrThrow } from './error-results.js'
import { parseAnswer } from './graphql-client.js'
import { recorded, recordedErrorResult } from './recorded/answers.js'

function thrown(run: () => unknown): CheckoutError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CheckoutError)
    return error as CheckoutError
  }
  throw new Error('expected a CheckoutError')
}

describe('ErrorResults inside data', () => {
  it.each([
    ['insufficientStock', 'VALIDATION', 'insufficient_stock'],
    ['couponExpired', 'VALIDATION', 'code_expired'],
    ['paymentDeclined', 'PAYMENT_DECLINED', 'card_declined'],
  ] as const)('maps the recorded %s to %s (%s)', (name, code, reason) => {
    const error = thrown(() => orderOrThrow(recordedErrorResult(recorded[name])))
    expect(error).toMatchObject({ code, reason })
  })

  it('keeps the decline detail for logs but not in the shopper-facing key', () => {
    const error = thrown(() => orderOrThrow(recordedErrorResult(recorded.paymentDeclined)))
    expect(error.messageKey).toBe('errors.paymentDeclined')
    expect(error.cause).toMatchObject({ errorCode: 'PAYMENT_DECLINED_ERROR' })
  })

  it('names an ErrorResult it does not know after its code', () => {
    const unknown = { __typename: 'FancyError', errorCode: 'FANCY_ERROR', message: 'fancy' }
    expect(errorResultToCheckoutError(unknown)).toMatchObject({
      code: 'ADAPTER',
      reason: 'vendure_fancy_error',
    })
  })
})

describe('top-level GraphQL errors', () => {
  const anything = z.unknown()

  it('calls a schema the server lacks a CONFIG problem (another Vendure version)', () => {
    const { status, body } = recorded.schemaMismatch
    const error = thrown(() => parseAnswer(body, anything, status))
    expect(error).toMatchObject({ code: 'CONFIG', reason: 'schema_mismatch', status: 400 })
  })

  it.each([
    ['FORBIDDEN', 'ADAPTER', 'forbidden'],
    ['USER_INPUT_ERROR', 'VALIDATION', 'invalid_request'],
    ['ENTITY_NOT_FOUND', 'ADAPTER', 'not_found'],
  ] as const)('maps %s to %s (%s), even beside partial data', (extension, code, reason) => {
    const body = {
      data: { activeOrder: null },
      errors: [{ message: 'no', extensions: { code: extension } }],
    }
    expect(thrown(() => parseAnswer(body, anything))).toMatchObject({ code, reason })
  })

  it('treats a server error without a known code as a network failure worth retrying', () => {
    const body = { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
    expect(thrown(() => parseAnswer(body, anything, 500)).code).toBe('NETWORK')
  })

  it('refuses data in a shape it did not ask for', () => {
    const schema = z.object({ activeOrder: z.object({ id: z.string() }) })
    const error = thrown(() => parseAnswer({ data: { activeOrder: { id: 7 } } }, schema))
    expect(error).toMatchObject({ code: 'ADAPTER', reason: 'invalid_response' })
  })
})
