import { describe, expect, it } from 'vitest'
import { CheckoutError } from '../errors.js'
import { checkAddress, checkContact, fieldErrorsFrom } from './checkout-validation.js'

describe('checkout validation', () => {
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
