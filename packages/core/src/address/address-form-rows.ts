import type { AddressFormat, AddressLabelKind } from './address-format.js'

/** An input of the address form (`street` is line 1, with line 2 behind a button). */
export type AddressInput = 'name' | 'street' | 'city' | 'region' | 'postalCode'

export interface AddressFormField {
  input: AddressInput
  /** How the country names it (a translatable kind); null for the name and street. */
  label: AddressLabelKind | null
  required: boolean
}

const inputs: Readonly<Record<string, AddressInput>> = {
  N: 'name',
  A: 'street',
  C: 'city',
  S: 'region',
  Z: 'postalCode',
}

/**
 * The address form's inputs in the country's own order, one row per line of its envelope:
 * [postal code] [prefecture] [street] [name] for a Japanese reader, [name] [street] [city,
 * state, ZIP code] in the US. A reader of another language gets the country's Latin order
 * where it has one. Company, district and sorting code are not asked (line 2 holds them where
 * a shopper needs them); the street always has a row of its own.
 */
export function addressFormRows(format: AddressFormat, language = 'en'): AddressFormField[][] {
  const template = isLocalReader(format, language)
    ? format.format
    : (format.latinFormat ?? format.format)
  const rows: AddressFormField[][] = []
  for (const line of template.split('%n')) {
    const letters = [...line.matchAll(/%([NACSZ])/g)].map((match) => match[1] ?? '')
    const fields = letters.flatMap((letter) => {
      const input = inputs[letter]
      return input ? [field(format, input)] : []
    })
    const street = fields.filter((item) => item.input === 'street')
    const rest = fields.filter((item) => item.input !== 'street')
    if (street.length > 0) rows.push(street)
    if (rest.length > 0) rows.push(rest)
  }
  return rows
}

function field(format: AddressFormat, input: AddressInput): AddressFormField {
  switch (input) {
    case 'city':
      return { input, label: format.labels.city, required: format.required.has('city') }
    case 'region':
      return { input, label: format.labels.region, required: format.required.has('region') }
    case 'postalCode':
      return { input, label: format.labels.postal, required: format.required.has('postalCode') }
    default:
      return { input, label: null, required: true }
  }
}

/** The reader speaks the country's language (`ja` for JP, `zh-Hant` for HK): local order, names. */
export function isLocalReader(format: AddressFormat, language: string): boolean {
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase()
  return format.language !== undefined && primary(format.language) === primary(language)
}

/** The inputs a country's form shows, in either order. */
export function addressInputs(format: AddressFormat): ReadonlySet<AddressInput> {
  return new Set(
    addressFormRows(format)
      .flat()
      .map((item) => item.input),
  )
}
