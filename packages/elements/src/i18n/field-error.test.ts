import { describe, expect, it } from 'vitest'
import { fieldErrorKey } from './field-error.js'

describe('fieldErrorKey', () => {
  it.each([
    ['code_expired', 'fieldErrors.code_expired'],
    // A code a backend knows but does not apply now (Medusa cannot say why).
    ['code_not_applicable', 'fieldErrors.code_not_applicable'],
    ['invalid_postal_code', 'fieldErrors.invalid_postal_code'],
    ['a_reason_nobody_wrote', 'fieldErrors.invalid'],
  ])('words %s as %s', (reason, key) => {
    expect(fieldErrorKey(reason)).toBe(key)
  })
})
