/** What a country calls its regions: the data set's `state_name_type` (`region`: ours, generic). */
export type RegionKind =
  | 'area'
  | 'county'
  | 'department'
  | 'district'
  | 'do_si'
  | 'emirate'
  | 'island'
  | 'oblast'
  | 'parish'
  | 'prefecture'
  | 'province'
  | 'region'
  | 'state'
/** What it calls the town on the envelope (`locality_name_type`). */
export type CityKind = 'city' | 'district' | 'post_town' | 'suburb'
/** What it calls the part of town below it (`sublocality_name_type`). */
export type DistrictKind = 'district' | 'neighborhood' | 'suburb' | 'townland' | 'village_township'
/** What it calls its postal code (`zip_name_type`). */
export type PostalKind = 'eircode' | 'pin' | 'postal' | 'zip'
/** Every name a field's label can take: one translatable message each. */
export type AddressLabelKind = RegionKind | CityKind | DistrictKind | PostalKind

export interface Region {
  /** What `Address.region` carries: the ISO 3166-2 suffix (`CA`, `13`, `DU`), else the data's key. */
  code: string
  /** What the envelope says in the country's own script: `NY`, `東京都`, `Co. Dublin`. */
  post: string
  /** The name in the country's language, for a list: `New York`, `東京都`, `دبي`. */
  name: string
  /** The name in Latin script where the local one is not: `Tokyo`, `Dubai`. */
  latin?: string
  /** Postal codes of the region start so (a pattern), where the data knows. */
  postalPrefix?: RegExp
}

/** One country's address, as the post there writes it (Google's address metadata). */
export interface AddressFormat {
  country: string
  /**
   * The envelope's lines in the local script, libaddressinput's way: `%N` name, `%O` company,
   * `%A` street lines, `%D` district, `%C` city, `%S` region, `%Z` postal code, `%X` sorting
   * code, `%n` a new line; anything else is printed as it stands (`〒`, `CH-`).
   */
  format: string
  /** The same in Latin script, where it differs (JP, CN, KR, HK…). */
  latinFormat?: string
  /** Fields the post needs, among `city`, `region` and `postalCode` (name and street always). */
  required: ReadonlySet<'city' | 'region' | 'postalCode'>
  /** Fields the post prefers in capitals on an envelope (letters as in `format`). */
  upper: string
  /** Null where the country has no postal codes (the form does not ask for one). */
  postalCode: { pattern: RegExp; example?: string } | null
  labels: { region: RegionKind; city: CityKind; district: DistrictKind; postal: PostalKind }
  /** The local language (BCP 47), where the data names it: `ja`, `zh-Hant`, `ar`. */
  language?: string
  /** The regions to choose from; empty where the region is free text or not written. */
  regions: readonly Region[]
  /** True for the stand-in used when a country's data could not be had: asks for everything. */
  generic?: boolean
}

/** A country as core's data files store it: only what differs from `formatDefaults`. */
export interface CompactAddressFormat {
  format?: string
  latinFormat?: string
  required?: string
  upper?: string
  postalPattern?: string
  postalExample?: string
  language?: string
  labels?: Partial<Record<'region' | 'city' | 'district' | 'postal', string>>
  /** `[code, post, name, latin, postalPrefix]`, trailing blanks dropped; blanks fall back. */
  regions?: string[][]
}

/** The data set's defaults (its `ZZ` record); `address-data.test.ts` holds them to it. */
export const formatDefaults = {
  format: '%N%n%O%n%A%n%C',
  required: 'AC',
  upper: 'C',
  labels: { region: 'province', city: 'city', district: 'suburb', postal: 'postal' },
} as const

const requiredFields = { C: 'city', S: 'region', Z: 'postalCode' } as const

/** A country's full format from its compact record. */
export function expandFormat(country: string, compact: CompactAddressFormat): AddressFormat {
  const format = compact.format ?? formatDefaults.format
  const letters = compact.required ?? formatDefaults.required
  const required = new Set(
    Object.entries(requiredFields)
      .filter(([letter]) => letters.includes(letter) && format.includes(`%${letter}`))
      .map(([, field]) => field),
  )
  const labels = { ...formatDefaults.labels, ...compact.labels } as AddressFormat['labels']
  const pattern = compact.postalPattern
  return {
    country,
    format,
    ...(compact.latinFormat ? { latinFormat: compact.latinFormat } : {}),
    required,
    upper: compact.upper ?? formatDefaults.upper,
    // Whole-string match, after normalising (upper case, single spaces).
    postalCode: format.includes('%Z')
      ? {
          pattern: new RegExp(`^(?:${pattern ?? '.+'})$`),
          ...(compact.postalExample ? { example: compact.postalExample } : {}),
        }
      : null,
    labels,
    ...(compact.language ? { language: compact.language } : {}),
    regions: (compact.regions ?? []).map(expandRegion),
  }
}

function expandRegion([code = '', post, name, latin, prefix]: string[]): Region {
  const written = post || code
  return {
    code,
    post: written,
    name: name || written,
    ...(latin ? { latin } : {}),
    ...(prefix ? { postalPrefix: new RegExp(`^(?:${prefix})`) } : {}),
  }
}

/**
 * The stand-in while a country's data cannot be had (offline, a blocked fetch): every field of
 * the address, none of them checked beyond the schema, so the shopper can go on and the
 * backend, which has the data, decides.
 */
export function genericFormat(country: string): AddressFormat {
  // Nothing required beyond name and street: some countries write no city.
  const format = expandFormat(country, { format: '%N%n%O%n%A%n%C%n%S%n%Z', required: 'A' })
  return { ...format, labels: { ...format.labels, region: 'region' }, generic: true }
}
