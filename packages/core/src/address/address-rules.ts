import type { FieldError } from '../errors.js'
import type { Address } from '../schemas/address.js'
import {
  australianStates,
  brazilianStates,
  canadianProvinces,
  japanesePrefectures,
  usStates,
} from './regions.js'

export interface Region {
  /** ISO 3166-2 suffix, as `Address.region` carries it: `CA`, `NSW`, `13`. */
  code: string
  /** English name, for a select's option text. */
  name: string
}

/** How one country writes an address: what the form asks for and what the server accepts. */
export interface AddressRules {
  country: string
  /** Null where postal codes are not checked (any text within the schema's limit). */
  postalCode: { pattern: RegExp; example: string; label: string } | null
  regionRequired: boolean
  /** What shoppers there call a region, mid-sentence: `state`, `province`, `prefecture`. */
  regionLabel: string
  /** Choices for a region select; empty where the region is free text or not used. */
  regions: readonly Region[]
}

type PostalRule = [pattern: RegExp, example: string, label?: string]
interface CountryRule {
  postal: PostalRule
  region?: { label: string; list: () => Region[] }
}

const fiveDigits: PostalRule = [/^\d{5}$/, '10115']
const listOf = (data: string) => () =>
  data.split('|').map((pair) => {
    const space = pair.indexOf(' ')
    return { code: pair.slice(0, space), name: pair.slice(space + 1) }
  })
const numbered = (data: string) => () =>
  data.split('|').map((name, index) => ({ code: String(index + 1).padStart(2, '0'), name }))

// Patterns match the normalised form (trimmed, upper case, single spaces).
const countries: Record<string, CountryRule> = {
  US: {
    postal: [/^\d{5}(-\d{4})?$/, '94103', 'ZIP code'],
    region: { label: 'state', list: listOf(usStates) },
  },
  CA: {
    postal: [/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, 'K1A 0B1'],
    region: { label: 'province or territory', list: listOf(canadianProvinces) },
  },
  GB: { postal: [/^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/, 'SW1A 1AA', 'postcode'] },
  DE: { postal: fiveDigits },
  FR: { postal: [/^\d{5}$/, '75008'] },
  ES: { postal: [/^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, '28013'] },
  IT: { postal: [/^\d{5}$/, '00184', 'CAP'] },
  NL: { postal: [/^[1-9]\d{3} ?[A-Z]{2}$/, '1012 JS', 'postcode'] },
  JP: {
    postal: [/^\d{3}-?\d{4}$/, '100-0001'],
    region: { label: 'prefecture', list: numbered(japanesePrefectures) },
  },
  AU: {
    postal: [/^\d{4}$/, '2000', 'postcode'],
    region: { label: 'state or territory', list: listOf(australianStates) },
  },
  BR: {
    postal: [/^\d{5}-?\d{3}$/, '01310-100', 'CEP'],
    region: { label: 'state', list: listOf(brazilianStates) },
  },
}

const cache = new Map<string, AddressRules>()

/** The rules for a country (ISO 3166-1 alpha-2); unknown countries get permissive ones. */
export function addressRules(country: string): AddressRules {
  const code = country.toUpperCase()
  let rules = cache.get(code)
  if (!rules) {
    const rule = countries[code]
    const [pattern, example, label = 'postal code'] = rule?.postal ?? []
    rules = {
      country: code,
      postalCode: pattern && example ? { pattern, example, label } : null,
      regionRequired: rule?.region !== undefined,
      regionLabel: rule?.region?.label ?? 'region',
      regions: rule?.region?.list() ?? [],
    }
    cache.set(code, rules)
  }
  return rules
}

type RuleFields = Pick<Address, 'country' | 'postalCode' | 'region'>

/** Trims, upper-cases and single-spaces the postal code and region; drops them when blank. */
export function normalizeAddress<T extends RuleFields>(address: T): T {
  const postalCode = address.postalCode?.trim().toUpperCase().replace(/\s+/g, ' ')
  const region = address.region?.trim().toUpperCase()
  const { postalCode: _postal, region: _region, ...rest } = address
  return {
    ...rest,
    ...(postalCode ? { postalCode } : {}),
    ...(region ? { region } : {}),
  } as T
}

/**
 * The country's rules broken by an address: postal code format and region. The shape of each
 * field (lengths, required lines) is `addressSchema`'s job; this adds what varies by country.
 */
export function validateAddress(address: RuleFields): FieldError[] {
  const rules = addressRules(address.country)
  const { postalCode, region } = normalizeAddress(address)
  const errors: FieldError[] = []
  const postal = rules.postalCode
  if (postal && !postalCode) {
    errors.push({ field: 'postalCode', message: `Enter a ${postal.label}.` })
  } else if (postal && postalCode && !postal.pattern.test(postalCode)) {
    const message = `Enter a valid ${postal.label}, like ${postal.example}.`
    errors.push({ field: 'postalCode', message })
  }
  if (rules.regionRequired && !region) {
    errors.push({ field: 'region', message: `Choose a ${rules.regionLabel}.` })
  } else if (region && rules.regions.length > 0 && !rules.regions.some((r) => r.code === region)) {
    errors.push({ field: 'region', message: `Choose a ${rules.regionLabel} from the list.` })
  }
  return errors
}
