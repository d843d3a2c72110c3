import type { Address } from '@weship/checkout-core'
import type { VendureAddress } from './vendure-schemas.js'

/** Vendure's CreateAddressInput from the shopper's address. */
export function toVendureAddress(address: Address): Record<string, string> {
  const input: Record<string, string | undefined> = {
    fullName: address.name,
    company: address.company,
    streetLine1: address.line1,
    streetLine2: address.line2,
    city: address.city,
    province: address.region,
    postalCode: address.postalCode,
    countryCode: address.country,
    phoneNumber: address.phone,
  }
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
}

/** Vendure answers an unset order address with every field null: that is no address. */
export function fromVendureAddress(address: VendureAddress | null | undefined): Address | null {
  if (!address?.streetLine1 || !address.countryCode) return null
  const optional = (value: string | null | undefined) => value || undefined
  return {
    name: address.fullName || address.streetLine1,
    company: optional(address.company),
    line1: address.streetLine1,
    line2: optional(address.streetLine2),
    city: optional(address.city),
    region: optional(address.province),
    postalCode: optional(address.postalCode),
    country: address.countryCode.toUpperCase(),
    phone: optional(address.phoneNumber),
  }
}
