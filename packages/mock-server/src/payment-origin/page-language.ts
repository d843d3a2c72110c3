/** The languages the payment origin's pages speak, as the widget does. */
export const pageLanguages = ['en', 'es', 'de', 'fr', 'ar'] as const
export type PageLanguage = (typeof pageLanguages)[number]

// Far longer than any real tag; spares Intl from parsing whatever a URL can carry.
const MAX_TAG_LENGTH = 64

/** A page's language for a BCP 47 tag from its URL (`de-AT` → de); English for anything else. */
export function pageLanguage(locale: string | undefined): PageLanguage {
  if (!locale || locale.length > MAX_TAG_LENGTH) return 'en'
  try {
    const language = new Intl.Locale(locale).language
    return pageLanguages.find((known) => known === language) ?? 'en'
  } catch {
    return 'en'
  }
}
