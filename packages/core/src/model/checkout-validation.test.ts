import { beforeAll, describe, expect, it } from 'vitest'
import { loadAddressFormat } from '../address/address-data.js'
import type { AddressFormat } from '../address/address-format.js'
import { CheckoutError } from '../errors.js'
import {
  checkAddress,
  checkContact,
  fieldErrorsFrom,
  isAddressComplete,
} from './checkout-validation.js'

const formats: Record<string, AddressFormat> = {}
beforeAll(async () => {
  for (const country of ['DE', 'US', 'JP']) formats[country] = await loadAddressFormat(country)
})
const complete = (draft: Record<string, string | undefined>) =>
  isAddressComplete(draft, draft.country ? formats[draft.country] : undefined)
const check = (draft: Record<string, string>, section: 'shippingAddress' | 'billingAddress') =>
  checkAddress(draft, section, formats[draft.country?.toUpperCase() ?? ''])

describe('checkout validation', () => {
  it("calls an address complete once every field it needs, by its country's rules, is filled", () => {
    const de = { name: 'Erika', line1: 'Unter den Linden 1', city: 'Berlin', country: 'DE' }
    expect(complete({})).toBe(false)
    expect(complete(de)).toBe(false) // Germany asks for a postal code
    expect(complete({ ...de, postalCode: '10117' })).toBe(true)
    expect(complete({ ...de, postalCode: '10117', name: '  ' })).toBe(false)
    // Filled but malformed counts as complete: saving then shows what is wrong.
    expect(complete({ ...de, postalCode: '1' })).toBe(true)
    const us = { name: 'Ada', line1: '1 Main St', city: 'San Francisco', postalCode: '94103' }
    expect(complete({ ...us, country: 'US' })).toBe(false) // and a state
    expect(complete({ ...us, country: 'US', region: 'CA' })).toBe(true)
    expect(complete({ ...de, postalCode: '10117', country: undefined })).toBe(false)
    // Japan writes no city: a Japanese address is complete without one.
    const jp = { name: '山田太郎', line1: '渋谷区渋谷1-2-3', postalCode: '150-0002', region: '13' }
    expect(complete({ ...jp, country: 'JP' })).toBe(true)
    // Until the country's data is here, nothing is complete.
    expect(isAddressComplete({ ...de, postalCode: '10117' }, undefined)).toBe(false)
  })

  it('names each bad field by dotted path with a translatable reason', () => {
    const checked = check({ name: ' ', line1: '1 Main St', country: 'de' }, 'billingAddress')
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors['billingAddress.name']?.reason).toBe('required')
    expect(checked.errors['billingAddress.city']?.reason).toBe('required')
    expect(checked.errors['billingAddress.country']?.reason).toBe('invalid_format')
  })

  it('treats an emptied optional input as not given and trims what it sends', () => {
    const address = { name: ' Ada ', line1: '1 Main St', line2: '', city: 'Berlin' }
    const checked = check({ ...address, postalCode: '10115', country: 'DE' }, 'billingAddress')
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
    const checked = check({ ...us, postalCode: '941' }, 'shippingAddress')
    expect(checked.ok ? null : checked.errors).toEqual({
      'shippingAddress.postalCode': expect.objectContaining({ reason: 'invalid_postal_code' }),
      'shippingAddress.region': expect.objectContaining({ reason: 'required' }),
    })
    const fixed = check({ ...us, postalCode: '94103', region: 'ca' }, 'shippingAddress')
    expect(fixed.ok && fixed.value.region).toBe('CA')
  })

  it('sends no field the country does not ask for, such as a US city in a Japanese address', () => {
    const draft = { name: 'Taro Yamada', line1: '1-2-3 Shibuya', city: 'New York', country: 'JP' }
    const checked = check({ ...draft, postalCode: '150-0002', region: 'Tokyo' }, 'shippingAddress')
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Taro Yamada',
        line1: '1-2-3 Shibuya',
        postalCode: '150-0002',
        region: '13',
        country: 'JP',
      },
    })
  })

  it('calls a malformed e-mail what it is', () => {
    const checked = checkContact({ email: 'ada@' })
    expect(checked.ok ? null : checked.errors['contact.email']?.reason).toBe('invalid_email')
  })

  it('keeps the reason a server gives each field', () => {
    const refusal = new CheckoutError('VALIDATION', 'bad', {
      reason: 'invalid_address',
      fieldErrors: [
        { field: 'postalCode', message: 'Enter a valid PIN code.', reason: 'invalid_postal_code' },
        { field: 'region', message: 'Choose a state.', reason: 'required' },
      ],
    })
    expect(fieldErrorsFrom(refusal, { prefix: 'shippingAddress' })).toEqual({
      'shippingAddress.postalCode': {
        reason: 'invalid_postal_code',
        message: 'Enter a valid PIN code.',
      },
      'shippingAddress.region': { reason: 'required', message: 'Choose a state.' },
    })
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
