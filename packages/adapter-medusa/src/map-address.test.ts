import { describe, expect, it } from 'vitest'
import { fromMedusaAddress, toMedusaAddress } from './map-address.js'

describe('addresses between the widget and Medusa', () => {
  it('splits the full name at its first space and joins it again', () => {
    const address = {
      name: 'Ada King Lovelace',
      line1: '1 Main Street',
      line2: 'Flat 2',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      country: 'US',
      phone: '+1 555 0100',
    }
    const medusa = toMedusaAddress(address)
    expect(medusa).toMatchObject({
      first_name: 'Ada',
      last_name: 'King Lovelace',
      address_1: '1 Main Street',
      province: 'us-il',
      country_code: 'us',
    })
    expect(fromMedusaAddress(medusa)).toEqual(address)
  })

  it('reads a province Medusa holds as a bare code, and drops free text that is none', () => {
    const base = { address_1: 'Calle 1', city: 'Madrid', country_code: 'es', first_name: 'Ana' }
    expect(fromMedusaAddress({ ...base, province: 'M' })?.region).toBe('M')
    expect(fromMedusaAddress({ ...base, province: 'Comunidad de Madrid' })?.region).toBeUndefined()
  })

  it('takes an address without a street or country as none', () => {
    expect(fromMedusaAddress({ city: 'Berlin', country_code: 'de' })).toBeNull()
    expect(fromMedusaAddress(null)).toBeNull()
  })
})
