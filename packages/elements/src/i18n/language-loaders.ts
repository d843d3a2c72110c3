import type { pseudoLocale, SupportedLocale } from '@weship/checkout-core'

/**
 * A language's messages. Not typed as English's: plural keys differ by language (ja has no
 * `_one`, ar has six forms); locales.test.ts checks every file against English instead.
 */
export type LanguageLoader = () => Promise<{ default: object }>
/** A language other than English, the pseudo-locale included: each is a file of its own. */
export type OtherLanguage = Exclude<SupportedLocale, 'en'> | typeof pseudoLocale

/**
 * One loader per supported locale besides English, each a chunk of its own (see ADR 0007). The
 * classic script's build swaps this module for `language-fetch.ts`, which fetches the same
 * messages as JSON with their SRI hashes. Adding a locale to core's `supportedLocales` fails
 * the typecheck until it has its line here.
 */
export const languageLoaders: Record<OtherLanguage, LanguageLoader> = {
  ar: () => import('@weship/checkout-core/locales/ar.json'),
  bg: () => import('@weship/checkout-core/locales/bg.json'),
  cs: () => import('@weship/checkout-core/locales/cs.json'),
  da: () => import('@weship/checkout-core/locales/da.json'),
  de: () => import('@weship/checkout-core/locales/de.json'),
  el: () => import('@weship/checkout-core/locales/el.json'),
  es: () => import('@weship/checkout-core/locales/es.json'),
  fa: () => import('@weship/checkout-core/locales/fa.json'),
  fi: () => import('@weship/checkout-core/locales/fi.json'),
  fr: () => import('@weship/checkout-core/locales/fr.json'),
  he: () => import('@weship/checkout-core/locales/he.json'),
  hi: () => import('@weship/checkout-core/locales/hi.json'),
  hr: () => import('@weship/checkout-core/locales/hr.json'),
  hu: () => import('@weship/checkout-core/locales/hu.json'),
  id: () => import('@weship/checkout-core/locales/id.json'),
  it: () => import('@weship/checkout-core/locales/it.json'),
  ja: () => import('@weship/checkout-core/locales/ja.json'),
  ko: () => import('@weship/checkout-core/locales/ko.json'),
  lt: () => import('@weship/checkout-core/locales/lt.json'),
  nb: () => import('@weship/checkout-core/locales/nb.json'),
  nl: () => import('@weship/checkout-core/locales/nl.json'),
  pl: () => import('@weship/checkout-core/locales/pl.json'),
  'pt-BR': () => import('@weship/checkout-core/locales/pt-BR.json'),
  'pt-PT': () => import('@weship/checkout-core/locales/pt-PT.json'),
  ro: () => import('@weship/checkout-core/locales/ro.json'),
  ru: () => import('@weship/checkout-core/locales/ru.json'),
  sk: () => import('@weship/checkout-core/locales/sk.json'),
  sv: () => import('@weship/checkout-core/locales/sv.json'),
  th: () => import('@weship/checkout-core/locales/th.json'),
  tr: () => import('@weship/checkout-core/locales/tr.json'),
  uk: () => import('@weship/checkout-core/locales/uk.json'),
  vi: () => import('@weship/checkout-core/locales/vi.json'),
  'zh-Hans': () => import('@weship/checkout-core/locales/zh-Hans.json'),
  'zh-Hant': () => import('@weship/checkout-core/locales/zh-Hant.json'),
  'en-XA': () => import('./pseudo-language.js'),
}

/** Fetches a language's messages; the builds put their own function of this name in its place. */
export function loadLanguageModule(locale: OtherLanguage): ReturnType<LanguageLoader> {
  return languageLoaders[locale]()
}
