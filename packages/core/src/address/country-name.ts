const displayNames = new Map<string, Intl.DisplayNames>()

/** A country's name in the reader's language (`Intl.DisplayNames`), English where it has none. */
export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale)
  if (!names) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' })
    } catch {
      // A malformed locale tag: English, rather than no name.
      names = new Intl.DisplayNames(['en'], { type: 'region' })
    }
    displayNames.set(locale, names)
  }
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}
