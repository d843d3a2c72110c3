import type { SupportedLocale } from '@weship/checkout-core'
import type en from '@weship/checkout-core/locales/en.json'

export type LanguageLoader = () => Promise<{ default: typeof en }>

/**
 * One loader per supported locale besides English, each a chunk of its own (see ADR 0007). The
 * classic script's build swaps this module for `language-fetch.ts`, which fetches the same
 * messages as JSON with their SRI hashes. Adding a locale to core's `supportedLocales` fails
 * the typecheck until it has its line here.
 */
export const languageLoaders: Record<Exclude<SupportedLocale, 'en'>, LanguageLoader> = {
  ar: () => import('@weship/checkout-core/locales/ar.json'),
  de: () => import('@weship/checkout-core/locales/de.json'),
  es: () => import('@weship/checkout-core/locales/es.json'),
  fa: () => import('@weship/checkout-core/locales/fa.json'),
  fr: () => import('@weship/checkout-core/locales/fr.json'),
  he: () => import('@weship/checkout-core/locales/he.json'),
  ja: () => import('@weship/checkout-core/locales/ja.json'),
  pl: () => import('@weship/checkout-core/locales/pl.json'),
  'pt-BR': () => import('@weship/checkout-core/locales/pt-BR.json'),
  'pt-PT': () => import('@weship/checkout-core/locales/pt-PT.json'),
  ru: () => import('@weship/checkout-core/locales/ru.json'),
  'zh-Hans': () => import('@weship/checkout-core/locales/zh-Hans.json'),
  'zh-Hant': () => import('@weship/checkout-core/locales/zh-Hant.json'),
}
