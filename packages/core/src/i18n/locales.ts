/**
 * Every language the widget, the e-mails, the payment pages and the status page aim to speak
 * (issue 17): one file per namespace in `locales/`, named by these tags.
 */
export const targetLocales = [
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'nb',
  'nl',
  'pl',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
] as const
export type TargetLocale = (typeof targetLocales)[number]

/**
 * The locales whose files are complete, so the widget and the server speak them: every target
 * today, English first. A new target is left out here (list the rest) until the commit that
 * completes its files; `locales.test.ts` fails on any gap in a listed one, and on a file for a
 * locale not listed here.
 */
export const supportedLocales = [
  'en',
  ...targetLocales.filter((locale): locale is Exclude<TargetLocale, 'en'> => locale !== 'en'),
] as const
export type SupportedLocale = (typeof supportedLocales)[number]

/**
 * A development locale, made from English at run time (`pseudoLocalize`): accented, longer and
 * bracketed, so untranslated text and layouts too tight for long languages stand out.
 */
export const pseudoLocale = 'en-XA'

// Of the target locales, the languages written right to left: a language joins when it joins
// the targets. By the tag's language subtag, in any case (`AR-eg`, `fa-IR`, `he`).
const rightToLeft = /^(ar|fa|he)(-|$)/i

/** The direction a locale's text runs in, by its language: `ar`, `fa`, `he` run right to left. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.test(locale) ? 'rtl' : 'ltr'
}
