import {
  formattingLocale,
  matchLocale,
  pseudoLocale,
  type SupportedLocale,
  supportedLocales,
  textDirection,
} from '@weship/checkout-core'

export type Language = SupportedLocale | typeof pseudoLocale

/** Every locale the widget speaks: the supported ones, and the pseudo-locale for development. */
export const languages: readonly Language[] = [...supportedLocales, pseudoLocale]

/**
 * What a page in a language other than English needs to choose its language: the list of
 * locales and the fallback chain (`pt-AO` → pt-PT, `zh-HK` → zh-Hant, `nn` → nb, else English).
 * A chunk of its own, fetched only by such pages (ADR 0007), so English pages never load it.
 */
export const localeChoice = {
  languageFor: (locale: string): Language => matchLocale(locale, languages),
  formattingLocale,
  textDirection,
}
