import { beforeAll, describe, expect, it } from 'vitest'
import { addAddressData, addressFormat } from './address-data.js'
import { addressFormRows } from './address-form-rows.js'
import { allAddressData } from './data/all.js'

beforeAll(() => addAddressData(allAddressData))

/** Rows as `input:label*` (a star for required), for a compact expectation. */
function rows(country: string, language?: string): string[][] {
  const format = addressFormat(country)
  if (!format) throw new Error(`no format for ${country}`)
  return addressFormRows(format, language).map((row) =>
    row.map(
      ({ input, label, required }) => `${input}${label ? `:${label}` : ''}${required ? '*' : ''}`,
    ),
  )
}

describe('addressFormRows: the form in the country’s order, with its names', () => {
  it.each([
    ['US', [['name*'], ['street*'], ['city:city*', 'region:state*', 'postalCode:zip*']]],
    ['GB', [['name*'], ['street*'], ['city:post_town*'], ['postalCode:postal*']]],
    ['DE', [['name*'], ['street*'], ['postalCode:postal*', 'city:city*']]],
    ['BR', [['name*'], ['street*'], ['city:city*', 'region:state*'], ['postalCode:postal*']]],
    ['IN', [['name*'], ['street*'], ['city:city*', 'postalCode:pin*'], ['region:state*']]],
    ['IE', [['name*'], ['street*'], ['city:city*'], ['region:county', 'postalCode:eircode']]],
    ['AE', [['name*'], ['street*'], ['region:emirate*']]],
    ['JP', [['name*'], ['street*'], ['region:prefecture*'], ['postalCode:postal*']]],
    ['HK', [['name*'], ['street*'], ['city:district'], ['region:area*']]],
  ])('%s, for an English reader', (country, expected) => {
    expect(rows(country, 'en')).toEqual(expected)
  })

  it('follows the local order for a reader of the country’s language', () => {
    expect(rows('JP', 'ja')).toEqual([
      ['postalCode:postal*'],
      ['region:prefecture*'],
      ['street*'],
      ['name*'],
    ])
    expect(rows('HK', 'zh-Hant')).toEqual([
      ['region:area*'],
      ['city:district'],
      ['street*'],
      ['name*'],
    ])
    expect(rows('AE', 'ar')).toEqual(rows('AE', 'en'))
  })
})
