import { canonicalLocale } from './canonical-locale.js'
import { type SupportedLocale, supportedLocales } from './locales.js'

/**
 * Languages read by the speakers of another: Norwegian Nynorsk and the macrolanguage `no` read
 * Bokmål. (Intl already maps the deprecated `iw`, `in`, `ji`, `mo` and `sh`.)
 */
const readsAs: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' }

/**
 * The locales to try for a tag, most specific first, always ending in English: `pt-AO` →
 * pt-AO, pt-PT, pt-BR, en; `zh-HK` → zh-HK, zh-Hant, en; `nn-NO` → nn-NO, nb, en. Pure: it
 * needs no file, so the widget knows which language it will fetch before it fetches anything.
 */
export function localeChain(tag: string | null | undefined): string[] {
  const canonical = canonicalLocale(tag)
  if (!canonical) return ['en']
  const locale = new Intl.Locale(canonical)
  const language = readsAs[locale.language] ?? locale.language
  // The script and region a tag leaves out are its likely ones: `zh-HK` is Hant, `pt` is Brazil.
  const { script, region } = locale.maximize()
  // Hong Kong, Macao and Taiwan write Traditional Chinese; mainland China and Singapore
  // Simplified. Neither stands in for the other: the scripts differ, and so do the readers.
  // CLDR: `pt` alone is Brazil's; every other country's Portuguese follows Portugal's. Each
  // variant reads the other better than English.
  const own =
    language === 'zh'
      ? [`zh-${script}`]
      : language === 'pt'
        ? region === 'BR'
          ? ['pt-BR', 'pt-PT']
          : ['pt-PT', 'pt-BR']
        : [language]
  return [...new Set([canonical, ...own, 'en'])]
}

/** The first locale of the chain that is `available` (by default, the supported ones). */
export function matchLocale<const T extends string = SupportedLocale>(
  tag: string | null | undefined,
  available: readonly T[] = supportedLocales as unknown as readonly T[],
): T | 'en' {
  // Both sides are canonical BCP 47 (`zh-Hant`, `pt-PT`), so plain equality matches.
  return (localeChain(tag).find((locale) => available.includes(locale as T)) as T) ?? 'en'
}

/**
 * The locale for numbers, dates and money: the shopper's own tag when the shown language is
 * theirs (`de-AT`, `pt-AO`, `zh-HK`), else the shown language in the shopper's region (`nn-NO`
 * shown in Bokmål formats as `nb-NO`), so a page never mixes two languages.
 */
export function formattingLocale(requested: string | null | undefined, shown: string): string {
  const canonical = canonicalLocale(requested)
  if (!canonical) return shown
  const asked = new Intl.Locale(canonical)
  const speaks = new Intl.Locale(shown)
  // zh-HK reads zh-Hant as its own; zh-CN would not (its script is Hans).
  const same =
    asked.language === speaks.language &&
    (!speaks.script || asked.maximize().script === speaks.script)
  return same ? canonical : new Intl.Locale(shown, { region: asked.region }).toString()
}
