import { describe, expect, it } from 'vitest'
import { medusaErrorToCheckoutError } from './medusa-errors.js'

// Medusa 2.21's answers, as its Store API wrote them to the tests' server.
const answers: Array<[number, Record<string, string>, string, string]> = [
  [
    400,
    {
      code: 'insufficient_inventory',
      type: 'not_allowed',
      message: 'Some variant does not have the required inventory',
    },
    'VALIDATION',
    'insufficient_stock',
  ],
  [
    404,
    { type: 'not_found', message: "Cart with id 'nope' not found" },
    'ADAPTER',
    'cart_not_found',
  ],
  [
    404,
    { type: 'not_found', message: 'Order id not found: order_nope' },
    'ADAPTER',
    'order_not_found',
  ],
  [
    400,
    { type: 'invalid_data', message: 'The promotion code NOPE is invalid' },
    'VALIDATION',
    'code_unknown',
  ],
  [
    400,
    { type: 'invalid_data', message: 'Country with code us is not within region Europe' },
    'VALIDATION',
    'country_not_served',
  ],
  [
    400,
    {
      type: 'invalid_data',
      message: 'Variants variant_nope do not exist or belong to a product that is not published',
    },
    'VALIDATION',
    'unknown_sku',
  ],
  [
    400,
    { type: 'invalid_data', message: 'Cart cart_1 is already completed.' },
    'CONFLICT',
    'cart_already_ordered',
  ],
  [
    400,
    { type: 'not_allowed', message: 'Session: payses_1 was not authorized with the provider.' },
    'PAYMENT_DECLINED',
    'card_declined',
  ],
  [
    402,
    { type: 'payment_authorization_error', message: 'Payment authorization failed' },
    'PAYMENT_DECLINED',
    'payment_failed',
  ],
  [
    409,
    {
      code: 'invalid_state_error',
      type: 'conflict',
      message: 'The request conflicted with another request.',
    },
    'CONFLICT',
    'idempotency_key_in_flight',
  ],
  [
    400,
    {
      type: 'not_allowed',
      message: 'Publishable API key required in the request header: x-publishable-api-key.',
    },
    'CONFIG',
    'publishable_key_invalid',
  ],
  [
    400,
    {
      type: 'invalid_data',
      message: 'No shipping method selected but the cart contains items that require shipping.',
    },
    'VALIDATION',
    'checkout_incomplete',
  ],
  [
    400,
    {
      type: 'invalid_data',
      message: "Invalid request: Value for field 'quantity' too small, expected at least: '0'",
    },
    'VALIDATION',
    'invalid_request',
  ],
  [
    422,
    { type: 'duplicate_error', message: 'Something already exists' },
    'ADAPTER',
    'medusa_duplicate_error',
  ],
  [
    500,
    { code: 'unknown_error', type: 'unknown_error', message: 'An unknown error occurred.' },
    'NETWORK',
    'medusa_error',
  ],
  [503, {}, 'NETWORK', 'medusa_error'],
]

describe('Medusa errors in the checkout’s codes', () => {
  it.each(answers)('%i %j → %s %s', (status, body, code, reason) => {
    const error = medusaErrorToCheckoutError(status, body)
    expect([error.code, error.reason, error.status]).toEqual([code, reason, status])
  })

  it('names the field a shopper can fix', () => {
    const unknownCode = { type: 'invalid_data', message: 'The promotion code NOPE is invalid' }
    expect(medusaErrorToCheckoutError(400, unknownCode).fieldErrors).toEqual([
      { field: 'code', message: unknownCode.message },
    ])
  })

  it('keeps what the payment provider said out of the shopper’s message key', () => {
    const body = {
      type: 'not_allowed',
      message: 'Session: payses_1 was not authorized with the provider.',
    }
    const error = medusaErrorToCheckoutError(400, body)
    expect(error.messageKey).toBe('errors.paymentDeclined')
    expect(error.cause).toEqual(body)
  })
})
