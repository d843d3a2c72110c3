import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { errorMessageKey } from './error-message.js'

describe('errorMessageKey', () => {
  it.each([
    [
      new CheckoutError('ADAPTER', 'x', { reason: 'cart_not_found' }),
      'errors.reasons.cart_not_found',
    ],
    [new CheckoutError('NETWORK', 'x', { reason: 'timeout' }), 'errors.reasons.timeout'],
    [new CheckoutError('NETWORK', 'x', { reason: 'something_new' }), 'errors.network'],
    [new CheckoutError('CONFLICT', 'x'), 'errors.conflict'],
    [new CheckoutError('ADAPTER', 'x', { messageKey: 'errors' }), 'errors.adapter'],
    [new CheckoutError('CONFIG', 'x', { messageKey: 'nope' }), 'errors.config'],
  ])('shows %o as %s', (error, key) => {
    expect(errorMessageKey(error)).toBe(key)
  })
})
