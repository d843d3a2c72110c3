import { describe, expect, it } from 'vitest'
import { CheckoutError } from '../errors.js'
import {
  checkAddress,
  checkContact,
  fieldErrorsFrom,
  isAddressComplete,
} from './checkout-validation.js'

describe('checkout validation', () => {
  it("calls an address complete once every field it needs, by its country's rules, is filled", () => {
    const de = { name: 'Erika', line1: 'Unter den Linden 1', city: 'Berlin', country: 'DE' }
    expect(isAddressComplete({})).toBe(false)
    expect(isAddressComplete(de)).toBe(false) // Germany asks for a postal code
    expect(isAddressComplete({ ...de, postalCode: '10117' })).toBe(true)
    expect(isAddressComplete({ ...de, postalCode: '10117', name: '  ' })).toBe(false)
    // Filled but malformed counts as complete: saving then shows what is wrong.
    expect(isAddressComplete({ ...de, postalCode: '1' })).toBe(true)
    const us = { name: 'Ada', line1: '1 Main St', city: 'San Francisco', postalCode: '94103' }
    expect(isAddressComplete({ ...us, country: 'US' })).toBe(false) // and a state
    expect(isAddressComplete({ ...us, country: 'US', region: 'CA' })).toBe(true)
    expect(isAddressComplete({ ...de, postalCode: '10117', country: undefined })).toBe(false)
  })

  it('names each bad field by dotted path with a translatable reason', () => {
    const checked = checkAddress({ name: ' ', line1: '1 Main St', country: 'de' }, 'billingAddress')
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors['billingAddress.name']?.reason).toBe('required')
    expect(checked.errors['billingAddress.city']?.reason).toBe('required')
    expect(checked.errors['billingAddress.country']?.reason).toBe('invalid_format')
  })

  it('treats an emptied optional input as not given and trims what it sends', () => {
    const address = { name: ' Ada ', line1: '1 Main St', line2: '', city: 'Berlin' }
    const checked = checkAddress(
      { ...address, postalCode: '10115', country: 'DE' },
      'billingAddress',
    )
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Ada',
        line1: '1 Main St',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
    })
  })

  it("applies the country's postal code and region rules, with the normalised form sent", () => {
    const us = { name: 'Ada', line1: '1 Main St', city: 'San Francisco', country: 'US' }
    const checked = checkAddress({ ...us, postalCode: '941' }, 'shippingAddress')
    expect(checked.ok ? null : checked.errors).toEqual({
      'shippingAddress.postalCode': expect.objectContaining({ reason: 'invalid_postal_code' }),
      'shippingAddress.region': expect.objectContaining({ reason: 'required' }),
    })
    const fixed = checkAddress({ ...us, postalCode: '94103', region: 'ca' }, 'shippingAddress')
    expect(fixed.ok && fixed.value.region).toBe('CA')
  })

  it('calls a malformed e-mail what it is', () => {
    const checked = checkContact({ email: 'ada@' })
    expect(checked.ok ? null : checked.errors['contact.email']?.reason).toBe('invalid_email')
  })

  it('maps server field errors under the section they were sent for', () => {
    const refusal = new CheckoutError('VALIDATION', 'bad', {
      reason: 'invalid_postal_code',
      fieldErrors: [{ field: 'postalCode', message: 'Not a German postal code.' }],
    })
    expect(fieldErrorsFrom(refusal, { prefix: 'shippingAddress' })).toEqual({
      'shippingAddress.postalCode': {
        reason: 'invalid_postal_code',
        message: 'Not a German postal code.',
      },
    })
    expect(fieldErrorsFrom(new CheckoutError('NETWORK', 'offline'), { field: 'code' })).toBeNull()
  })
})
