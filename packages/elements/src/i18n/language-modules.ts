import { type SupportedLocale, supportedLocales } from '@weship/checkout-core'
import type { LanguageLoader } from './language-loaders.js'

/**
 * The ES module's language loaders (its build puts this module in place of
 * `language-loaders.ts`): `chunks/<locale>.mjs` beside the module, by a path made from the tag,
 * so the first load holds one loader rather than one per language. The build keeps this module
 * in the entry, which the relative path needs (build/language-files.mjs).
 */
export const languageLoaders = Object.fromEntries(
  supportedLocales
    .filter((locale) => locale !== 'en')
    .map((locale) => [locale, () => import(/* @vite-ignore */ `./chunks/${locale}.mjs`)]),
) as Record<Exclude<SupportedLocale, 'en'>, LanguageLoader>
