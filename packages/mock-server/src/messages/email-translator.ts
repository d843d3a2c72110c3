import i18next from 'i18next'
import { localeMessages, type ServerLocale, serverLocale } from '../locales/server-locale.js'

export interface EmailTranslator {
  /** The locale whose messages are shown (`pt-AO` → pt-PT), by the widget's fallback chain. */
  language: ServerLocale
  /** The shopper's own locale where it fits the language (`de-AT`), for dates and money. */
  locale: string
  dir: 'ltr' | 'rtl'
  /** A message; numbers in it (counts, quantities) in the locale's digits. */
  t(key: string, values?: Record<string, string | number>): string
  /**
   * A value as it goes into right-to-left text: between Unicode isolates (FSI … PDI), so an
   * order number, a code or "Cotton Tee (White)" keeps its order in Arabic. Left-to-right
   * messages get the value as it is: invisible characters in a subject look like spam.
   */
  isolate(value: string | number): string
  /** `t` with every filled-in value but `count` isolated. */
  fill(key: string, values: Record<string, string | number>): string
}

const FSI = '\u2068'
const PDI = '\u2069'

// One instance, never i18next's global singleton: the server may host other i18n users.
const instance = i18next.createInstance()
void instance.init({
  resources: { en: { email: localeMessages('email', 'en') } },
  ns: ['email'],
  defaultNS: 'email',
  fallbackLng: 'en',
  // Tags as our files name them (`zh-Hant`, `pt-BR`): no lookup of `zh` or `pt` on the way.
  load: 'currentOnly',
  // Synchronous: resources are read from disk, and rendering must not wait for anything.
  initAsync: false,
  interpolation: { escapeValue: false },
})

const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale)
    numberFormats.set(locale, format)
  }
  return format
}

/** Messages in the checkout locale the shopper used (`de-DE` → German), English otherwise. */
export function emailTranslator(checkoutLocale: string | undefined): EmailTranslator {
  const { language, locale, dir } = serverLocale(checkoutLocale)
  if (!instance.hasResourceBundle(language, 'email')) {
    instance.addResourceBundle(language, 'email', localeMessages('email', language))
  }
  const fixed = instance.getFixedT(language, 'email')
  // As the widget's `withDigits`: `count` picks the plural form, `replace` is what shows.
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const replace = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'number' ? numberFormat(locale).format(value) : value,
      ]),
    )
    const count = typeof values.count === 'number' ? { count: values.count } : {}
    return String(fixed(key, { ...count, replace }))
  }
  const isolate = (value: string | number) => {
    const text = typeof value === 'number' ? numberFormat(locale).format(value) : value
    return dir === 'rtl' ? `${FSI}${text}${PDI}` : text
  }
  const fill = (key: string, values: Record<string, string | number>) =>
    t(
      key,
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          name === 'count' ? value : isolate(value),
        ]),
      ),
    )
  return { language, locale, dir, t, isolate, fill }
}
