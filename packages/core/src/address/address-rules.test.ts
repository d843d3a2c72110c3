import { beforeAll, describe, expect, it } from 'vitest'
import { addAddressData, addressFormat } from './address-data.js'
import { findRegion, normalizeAddress, validateAddress } from './address-rules.js'
import { allAddressData } from './data/all.js'

beforeAll(() => addAddressData(allAddressData))

const reasons = (address: Parameters<typeof validateAddress>[0]) =>
  Object.fromEntries(validateAddress(address).map((error) => [error.field, error.reason]))

interface Case {
  valid: { city?: string; region?: string; postalCode?: string }
  badPostal?: string[]
  /** A postal code of another region than `valid.region`. */
  otherRegionPostal?: string
  required: string[]
}

// The nine countries of issue 17, as the post there writes an address.
const countries: Record<string, Case> = {
  US: {
    valid: { city: 'New York', region: 'NY', postalCode: '10118' },
    badPostal: ['1011', '10118-12', 'ABCDE'],
    otherRegionPostal: '94103',
    required: ['city', 'region', 'postalCode'],
  },
  GB: {
    valid: { city: 'London', postalCode: 'SW1A 1AA' },
    badPostal: ['12345', 'SW1A', 'QQ1 1AA'],
    required: ['city', 'postalCode'],
  },
  DE: {
    valid: { city: 'Berlin', postalCode: '10117' },
    badPostal: ['1011', '101155', 'D-10115'],
    required: ['city', 'postalCode'],
  },
  JP: {
    valid: { region: '13', postalCode: '150-0002' },
    badPostal: ['1000-001', '100-001'],
    otherRegionPostal: '060-0001',
    required: ['region', 'postalCode'],
  },
  BR: {
    valid: { city: 'São Paulo', region: 'SP', postalCode: '01310-100' },
    badPostal: ['1310-100', '01310-10'],
    otherRegionPostal: '20040-020',
    required: ['city', 'region', 'postalCode'],
  },
  IN: {
    valid: { city: 'New Delhi', region: 'DL', postalCode: '110001' },
    badPostal: ['11000', '1100011'],
    otherRegionPostal: '400001',
    required: ['city', 'region', 'postalCode'],
  },
  IE: {
    valid: { city: 'Dublin 2', region: 'D', postalCode: 'D02 X285' },
    badPostal: ['D02', 'D02 X2855'],
    required: ['city'],
  },
  HK: { valid: { region: 'Kowloon' }, required: ['region'] },
  AE: { valid: { region: 'DU' }, required: ['region'] },
}

describe('validateAddress: the nine countries', () => {
  for (const [country, { valid, badPostal = [], otherRegionPostal, required }] of Object.entries(
    countries,
  )) {
    it(`checks a ${country} address by its country's data`, () => {
      expect(validateAddress({ country, ...valid })).toEqual([])
      for (const postalCode of badPostal) {
        expect(reasons({ country, ...valid, postalCode }), postalCode).toEqual({
          postalCode: 'invalid_postal_code',
        })
      }
      if (otherRegionPostal) {
        expect(reasons({ country, ...valid, postalCode: otherRegionPostal })).toEqual({
          postalCode: 'postal_code_mismatch',
        })
      }
      const missing = Object.fromEntries(required.map((field) => [field, 'required']))
      expect(reasons({ country })).toEqual(missing)
    })
  }

  it('words each error for developers, with the country’s own names', () => {
    expect(validateAddress({ country: 'US', city: 'NYC', region: 'NY', postalCode: '1' })).toEqual([
      {
        field: 'postalCode',
        reason: 'invalid_postal_code',
        message: 'Enter a valid ZIP code, like 95014.',
      },
    ])
    expect(validateAddress({ country: 'IN', city: 'Delhi' })).toEqual([
      { field: 'region', reason: 'required', message: 'Choose the state.' },
      { field: 'postalCode', reason: 'required', message: 'Enter the PIN code.' },
    ])
    expect(validateAddress({ country: 'AE', region: 'ZZ' })[0]?.message).toBe(
      'Choose the emirate from the list.',
    )
    expect(validateAddress({ country: 'JP', region: '13', postalCode: '060-0001' })).toEqual([
      {
        field: 'postalCode',
        reason: 'postal_code_mismatch',
        message: 'This postal code is not in Tokyo.',
      },
    ])
  })

  it('asks no postal code where the country has none, and takes an Eircode as optional', () => {
    expect(addressFormat('AE')?.postalCode).toBeNull()
    expect(addressFormat('HK')?.postalCode).toBeNull()
    expect(validateAddress({ country: 'HK', region: 'Kowloon', postalCode: 'anything' })).toEqual(
      [],
    )
    expect(addressFormat('IE')?.postalCode).not.toBeNull()
    expect(validateAddress({ country: 'IE', city: 'Cork' })).toEqual([])
  })

  it('refuses a region that is not on the list', () => {
    expect(reasons({ country: 'US', city: 'X', region: 'ZZ', postalCode: '10118' })).toEqual({
      region: 'invalid_region',
    })
  })

  it('is the data set’s default for a code it does not know: street and city', () => {
    expect(reasons({ country: 'QQ' })).toEqual({ city: 'required' })
  })
})

describe('normalizeAddress', () => {
  it('takes a region by code or by any of its names, in any case, and sends its code', () => {
    const jp = addressFormat('JP')
    expect(jp && findRegion(jp, 'tokyo')?.code).toBe('13')
    expect(normalizeAddress({ country: 'JP', region: '東京都' }).region).toBe('13')
    expect(normalizeAddress({ country: 'US', region: ' california ' }).region).toBe('CA')
    expect(normalizeAddress({ country: 'AE', region: 'Dubai' }).region).toBe('DU')
    expect(normalizeAddress({ country: 'IE', region: 'co. dublin' }).region).toBe('D')
  })

  it('keeps a free-text region as typed and tidies the postal code', () => {
    const address = { country: 'CA', postalCode: '  k1a   0b1 ', region: ' on', city: 'Ottawa' }
    expect(normalizeAddress(address)).toEqual({
      country: 'CA',
      postalCode: 'K1A 0B1',
      region: 'ON',
      city: 'Ottawa',
    })
    // Belarus writes a region the data does not list.
    expect(normalizeAddress({ country: 'BY', region: ' Minsk Oblast ' }).region).toBe(
      'Minsk Oblast',
    )
    expect(normalizeAddress({ country: 'DE', postalCode: ' ', region: '' })).toEqual({
      country: 'DE',
    })
  })
})
