import { describe, expect, it } from 'vitest'
import { addressRules, normalizeAddress, validateAddress } from './address-rules.js'

const postal: Record<string, { valid: string[]; invalid: string[]; region?: string }> = {
  US: { valid: ['94103', '10001-1234'], invalid: ['9410', '94103-12', 'ABCDE'], region: 'CA' },
  CA: { valid: ['K1A 0B1', 'm5v3l9'], invalid: ['D1A 0B1', '12345', 'K1A 0B'], region: 'ON' },
  GB: {
    valid: ['SW1A 1AA', 'M1 1AE', 'dn55 1pt', 'EC1A1BB'],
    invalid: ['12345', 'SW1A', '1AA SW1'],
  },
  DE: { valid: ['10115', '80331'], invalid: ['1011', '101155', 'D-10115'] },
  FR: { valid: ['75008', '13001'], invalid: ['7500', 'F75008'] },
  ES: { valid: ['28013', '08001', '52001'], invalid: ['53001', '00123', '2801'] },
  IT: { valid: ['00184', '20121'], invalid: ['0018', 'I-00184'] },
  NL: { valid: ['1012 JS', '1012js'], invalid: ['0123 AB', '1012', '1012 J5'] },
  JP: { valid: ['100-0001', '1000001'], invalid: ['1000-001', '100-001'], region: '13' },
  AU: { valid: ['2000', '0800'], invalid: ['200', '20000'], region: 'NSW' },
  BR: { valid: ['01310-100', '01310100'], invalid: ['1310-100', '01310-10'], region: 'SP' },
}

describe('validateAddress: postal codes per country', () => {
  for (const [country, { valid, invalid, region }] of Object.entries(postal)) {
    it(`accepts valid and refuses invalid ${country} postal codes`, () => {
      const base = { country, ...(region ? { region } : {}) }
      for (const postalCode of valid) expect(validateAddress({ ...base, postalCode })).toEqual([])
      for (const postalCode of invalid) {
        const errors = validateAddress({ ...base, postalCode })
        expect(errors, postalCode).toEqual([
          { field: 'postalCode', message: expect.stringContaining('like') },
        ])
      }
      expect(validateAddress(base)).toEqual([
        { field: 'postalCode', message: expect.stringMatching(/^Enter a /) },
      ])
    })
  }

  it('names the postal code the way the country does', () => {
    expect(validateAddress({ country: 'US', region: 'NY', postalCode: '1' })).toEqual([
      { field: 'postalCode', message: 'Enter a valid ZIP code, like 94103.' },
    ])
    expect(addressRules('GB').postalCode?.label).toBe('postcode')
  })
})

describe('validateAddress: regions', () => {
  it.each([
    ['US', '94103', 'state'],
    ['CA', 'K1A 0B1', 'province or territory'],
    ['AU', '2000', 'state or territory'],
    ['BR', '01310-100', 'state'],
    ['JP', '100-0001', 'prefecture'],
  ])('requires a listed region in %s', (country, postalCode, label) => {
    expect(validateAddress({ country, postalCode })).toEqual([
      { field: 'region', message: `Choose a ${label}.` },
    ])
    expect(validateAddress({ country, postalCode, region: 'ZZ' })).toEqual([
      { field: 'region', message: `Choose a ${label} from the list.` },
    ])
  })

  it('accepts region codes in any case', () => {
    expect(validateAddress({ country: 'us', region: 'ny', postalCode: '10001' })).toEqual([])
  })

  it('does not ask for a region in European countries', () => {
    for (const country of ['GB', 'DE', 'FR', 'ES', 'IT', 'NL']) {
      const example = addressRules(country).postalCode?.example
      expect(validateAddress({ country, postalCode: example })).toEqual([])
    }
  })

  it('lists every US state plus DC, and the other region lists', () => {
    const count = (country: string) => addressRules(country).regions.length
    expect([count('US'), count('CA'), count('AU'), count('BR'), count('JP')]).toEqual([
      51, 13, 8, 27, 47,
    ])
    expect(addressRules('US').regions).toContainEqual({ code: 'DC', name: 'District of Columbia' })
    expect(addressRules('JP').regions[12]).toEqual({ code: '13', name: 'Tokyo' })
    expect(addressRules('JP').regions.at(-1)).toEqual({ code: '47', name: 'Okinawa' })
  })
})

describe('addressRules', () => {
  it('is permissive for countries it has no rules for', () => {
    const rules = addressRules('CH')
    expect(rules).toMatchObject({ postalCode: null, regionRequired: false, regions: [] })
    expect(validateAddress({ country: 'CH' })).toEqual([])
    expect(validateAddress({ country: 'CH', postalCode: 'anything', region: 'ZH' })).toEqual([])
  })

  it('normalises postal code and region, dropping blank ones', () => {
    const address = { country: 'CA', postalCode: '  k1a   0b1 ', region: ' on', city: 'Ottawa' }
    expect(normalizeAddress(address)).toEqual({
      country: 'CA',
      postalCode: 'K1A 0B1',
      region: 'ON',
      city: 'Ottawa',
    })
    expect(normalizeAddress({ country: 'DE', postalCode: ' ', region: '' })).toEqual({
      country: 'DE',
    })
  })
})
