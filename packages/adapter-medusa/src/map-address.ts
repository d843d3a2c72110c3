import type { Address } from '@weship/checkout-core'
import type { MedusaAddress } from './medusa-schemas.js'

/**
 * Medusa's address from the shopper's. Medusa keeps first and last names apart; the widget asks
 * for one full name, split at its first space and joined again on the way back. The region goes
 * as Medusa's tax regions name provinces, in lower-case ISO 3166-2 (`us-ca`).
 */
export function toMedusaAddress(address: Address): Record<string, string> {
  const [first = address.name, ...rest] = address.name.trim().split(/\s+/)
  const country = address.country.toLowerCase()
  const input: Record<string, string | undefined> = {
    first_name: first,
    last_name: rest.join(' '),
    company: address.company,
    address_1: address.line1,
    address_2: address.line2,
    city: address.city,
    province: address.region ? `${country}-${address.region.toLowerCase()}` : undefined,
    postal_code: address.postalCode,
    country_code: country,
    phone: address.phone,
  }
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
}

/** Null for no address (Medusa answers null, or an address without a street or country). */
export function fromMedusaAddress(address: MedusaAddress | null | undefined): Address | null {
  if (!address?.address_1 || !address.country_code) return null
  const optional = (value: string | null | undefined) => value || undefined
  const country = address.country_code.toUpperCase()
  const name = [address.first_name, address.last_name].filter(Boolean).join(' ')
  return {
    name: name || address.address_1,
    company: optional(address.company),
    line1: address.address_1,
    line2: optional(address.address_2),
    city: address.city || '-',
    region: regionOf(address.province, country),
    postalCode: optional(address.postal_code),
    country,
    phone: optional(address.phone),
  }
}

/** `us-ca` (or a bare `CA`) as the contract's `CA`; free text that is no code is left out. */
function regionOf(province: string | null | undefined, country: string): string | undefined {
  if (!province) return undefined
  const prefix = `${country.toLowerCase()}-`
  const code = province.toLowerCase().startsWith(prefix) ? province.slice(prefix.length) : province
  return /^[a-z0-9]{1,3}$/i.test(code) ? code.toUpperCase() : undefined
}
