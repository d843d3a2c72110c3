import { describe, expect, it } from 'vitest'
import { countryOptions, defaultCountry } from './country-names.js'

describe('defaultCountry', () => {
  it('takes the locale’s region first', () => {
    expect(defaultCountry('de-DE', 'USD')).toBe('DE')
    expect(defaultCountry('en-US', 'EUR')).toBe('US')
    expect(defaultCountry('fr-CA', 'CAD')).toBe('CA')
  })

  it('falls back to the country of the cart’s currency, then to the US', () => {
    expect(defaultCountry('en', 'GBP')).toBe('GB')
    expect(defaultCountry('es', 'EUR')).toBe('ES')
    expect(defaultCountry('en', 'EUR')).toBe('US')
    expect(defaultCountry('not a locale', undefined)).toBe('US')
  })
})

describe('countryOptions', () => {
  it('names every country in the language and sorts by its collation', () => {
    const spanish = countryOptions('es').map((option) => option.label)
    // ISO 3166-1 and the three places the address data adds (AC, TA, XK).
    expect(spanish).toHaveLength(252)
    expect(spanish).toContain('Alemania')
    // Spanish sorts "Ñ" after "N".
    expect(spanish.indexOf('Nigeria')).toBeLessThan(spanish.indexOf('Noruega'))
  })
})
