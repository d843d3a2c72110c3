import { countryCodes, countryName } from '@weship/checkout-core'

export interface CountryOption {
  value: string
  label: string
}

const byLocale = new Map<string, readonly CountryOption[]>()

/** Every country named in the shopper's language and sorted the way their language sorts. */
export function countryOptions(locale: string): readonly CountryOption[] {
  let options = byLocale.get(locale)
  if (!options) {
    const collator = new Intl.Collator(locale)
    options = countryCodes()
      .map((code) => ({ value: code, label: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label))
    byLocale.set(locale, options)
  }
  return options
}

// Currencies used in one country only; the euro is settled by the shopper's language instead.
const currencyCountries: Readonly<Record<string, string>> = {
  USD: 'US',
  GBP: 'GB',
  CAD: 'CA',
  AUD: 'AU',
  JPY: 'JP',
  BRL: 'BR',
  CHF: 'CH',
  SEK: 'SE',
  NOK: 'NO',
  DKK: 'DK',
  PLN: 'PL',
  MXN: 'MX',
  NZD: 'NZ',
}
const euroCountries = new Set(
  'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '),
)

/**
 * The country to preselect: the locale's own region (`de-DE` → DE), else the country of the
 * cart's currency (for the euro, the language's home country when it pays in euros), else US.
 */
export function defaultCountry(locale: string, currency: string | undefined): string {
  const parsed = safeLocale(locale)
  if (parsed?.region && countryCodes().includes(parsed.region)) return parsed.region
  const byCurrency = currency ? currencyCountries[currency] : undefined
  if (byCurrency) return byCurrency
  const home = parsed?.maximize().region
  if (currency === 'EUR' && home && euroCountries.has(home)) return home
  return 'US'
}

function safeLocale(locale: string): Intl.Locale | null {
  try {
    return new Intl.Locale(locale)
  } catch {
    return null
  }
}
