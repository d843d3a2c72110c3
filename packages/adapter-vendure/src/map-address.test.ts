import { addressSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { fromVendureAddress, toVendureAddress } from './map-address.js'

const blank = {
  fullName: null,
  company: null,
  streetLine1: null,
  streetLine2: null,
  city: null,
  province: null,
  postalCode: null,
  countryCode: null,
  phoneNumber: null,
}

describe('address mapping', () => {
  it('carries an address without a city (Japan, the Emirates) both ways', () => {
    const tokyo = {
      name: '山田太郎',
      line1: '渋谷区渋谷1-2-3',
      region: '13',
      postalCode: '150-0002',
      country: 'JP',
    }
    const input = toVendureAddress(tokyo)
    expect(input).toEqual({
      fullName: '山田太郎',
      streetLine1: '渋谷区渋谷1-2-3',
      province: '13',
      postalCode: '150-0002',
      countryCode: 'JP',
    })
    const back = fromVendureAddress({ ...blank, ...input, countryCode: 'jp' })
    expect(back).toEqual({
      ...tokyo,
      company: undefined,
      line2: undefined,
      city: undefined,
      phone: undefined,
    })
    expect(addressSchema.safeParse(back).success).toBe(true)
  })

  it('reads an unset Vendure address as none', () => {
    expect(fromVendureAddress(blank)).toBeNull()
  })
})
