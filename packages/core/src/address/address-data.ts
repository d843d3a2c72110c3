import { CheckoutError } from '../errors.js'
import { type AddressFormat, expandFormat, genericFormat } from './address-format.js'
import { type AddressDataGroup, addressDataLoaders } from './data/loaders.js'

export type { AddressDataGroup }

// A page holds the groups it fetched, shared by every checkout on it; a server holds them all.
const groups = new Map<string, AddressDataGroup>()
const loading = new Map<string, Promise<boolean>>()
const formats = new Map<string, AddressFormat>()

const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code)
const groupOf = (code: string) => code.slice(0, 1).toLowerCase()

/** Makes groups of country data known at once (servers: `allAddressData`). */
export function addAddressData(data: Readonly<Record<string, AddressDataGroup>>): void {
  for (const [group, countries] of Object.entries(data)) groups.set(group, countries)
}

/**
 * A country's address format if its data is here (else undefined: `loadAddressFormat` fetches
 * it). A code the data set lacks gets the data set's default: name, street and city.
 */
export function addressFormat(country: string): AddressFormat | undefined {
  const code = country.trim().toUpperCase()
  const known = formats.get(code)
  if (known) return known
  const group = isCountryCode(code) ? groups.get(groupOf(code)) : {}
  if (!group) return undefined
  const compact = group[code]
  const format = expandFormat(code, compact ?? {})
  formats.set(code, format)
  return format
}

/**
 * Fetches a country's data once (with the other countries of its letter) and gives its format.
 * Never rejects: when the data cannot be had it gives `genericFormat`, and the next call tries
 * again.
 */
export async function loadAddressFormat(country: string): Promise<AddressFormat> {
  const code = country.trim().toUpperCase()
  const here = addressFormat(code)
  if (here) return here
  const group = groupOf(code)
  let pending = loading.get(group)
  if (!pending) {
    const load = addressDataLoaders[group]
    pending = (load ? load() : Promise.reject(new Error(`no address data for ${code}`))).then(
      (module) => {
        groups.set(group, module.default)
        return true
      },
      () => false,
    )
    loading.set(group, pending)
    void pending.then(() => loading.delete(group))
  }
  await pending
  return addressFormat(code) ?? genericFormat(code)
}

/** The format a synchronous check needs; a CONFIG error if nobody loaded it first. */
export function requireAddressFormat(country: string): AddressFormat {
  const format = addressFormat(country)
  if (format) return format
  throw new CheckoutError(
    'CONFIG',
    `The address data of ${country} is not loaded: await loadAddressFormat('${country}') first, or addAddressData(allAddressData) on a server.`,
  )
}
