import type { FieldError } from '../errors.js'
import type { Address } from '../schemas/address.js'
import { addressFormat, requireAddressFormat } from './address-data.js'
import type { AddressFormat, AddressLabelKind, Region } from './address-format.js'

/** An address or a part of one: the rules read its country, city, region and postal code. */
type RuleFields = Pick<Address, 'country'> & Partial<Omit<Address, 'country'>>

// English, for the messages developers and logs read; shoppers see the widget's translations.
const englishLabels: Partial<Record<AddressLabelKind, string>> = {
  do_si: 'province or city',
  eircode: 'Eircode',
  pin: 'PIN code',
  postal: 'postal code',
  post_town: 'post town',
  village_township: 'village or township',
  zip: 'ZIP code',
}
const english = (kind: AddressLabelKind) => englishLabels[kind] ?? kind

/** The listed region a value names, by code or by any of its names, in any case. */
export function findRegion(format: AddressFormat, value: string): Region | undefined {
  const wanted = value.trim().toLocaleUpperCase()
  if (!wanted) return undefined
  return format.regions.find((region) =>
    [region.code, region.post, region.name, region.latin].some(
      (name) => name?.toLocaleUpperCase() === wanted,
    ),
  )
}

/**
 * Trims and upper-cases the postal code (single spaces) and turns a listed region's name into
 * its code (`California` → `CA`, `東京都` → `13`); drops them when blank. Free-text regions
 * stay as typed.
 */
export function normalizeAddress<T extends RuleFields>(
  address: T,
  format: AddressFormat | undefined = addressFormat(address.country),
): T {
  const postalCode = address.postalCode?.trim().toUpperCase().replace(/\s+/g, ' ')
  const typedRegion = address.region?.trim()
  const region = (typedRegion && format && findRegion(format, typedRegion)?.code) || typedRegion
  const { postalCode: _postal, region: _region, ...rest } = address
  return {
    ...rest,
    ...(postalCode ? { postalCode } : {}),
    ...(region ? { region } : {}),
  } as T
}

/**
 * What the country's post needs and the address breaks: a required city, region or postal
 * code, a postal code of the wrong shape or of another region, a region not on the list. Each
 * error names its `reason` (`required`, `invalid_postal_code`, `postal_code_mismatch`,
 * `invalid_region`). The shape of each field is `addressSchema`'s job.
 */
export function validateAddress(
  address: RuleFields,
  format: AddressFormat = requireAddressFormat(address.country),
): FieldError[] {
  const { city, postalCode, region } = normalizeAddress(address, format)
  const errors: FieldError[] = []
  const { labels } = format
  if (format.required.has('city') && !city?.trim()) {
    errors.push({
      field: 'city',
      reason: 'required',
      message: `Enter the ${english(labels.city)}.`,
    })
  }
  const listed = region ? findRegion(format, region) : undefined
  if (format.required.has('region') && !region) {
    const message = `Choose the ${english(labels.region)}.`
    errors.push({ field: 'region', reason: 'required', message })
  } else if (region && format.regions.length > 0 && !listed) {
    const message = `Choose the ${english(labels.region)} from the list.`
    errors.push({ field: 'region', reason: 'invalid_region', message })
  }
  const postal = format.postalCode
  const postalName = english(labels.postal)
  if (postal && !postalCode && format.required.has('postalCode')) {
    const message = `Enter the ${postalName}.`
    errors.push({ field: 'postalCode', reason: 'required', message })
  } else if (postal && postalCode && !postal.pattern.test(postalCode)) {
    const like = postal.example ? `, like ${postal.example}` : ''
    const message = `Enter a valid ${postalName}${like}.`
    errors.push({ field: 'postalCode', reason: 'invalid_postal_code', message })
  } else if (
    postal &&
    postalCode &&
    listed?.postalPrefix &&
    !listed.postalPrefix.test(postalCode)
  ) {
    const message = `This ${postalName} is not in ${listed.latin ?? listed.name}.`
    errors.push({ field: 'postalCode', reason: 'postal_code_mismatch', message })
  }
  return errors
}
