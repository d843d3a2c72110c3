// Apart from the fallback chain: every page reads tags, only pages in another language than
// English need the chain (a chunk of its own in the widget, ADR 0007).

// Far longer than any real tag; spares Intl from parsing whatever an attribute or URL carries.
const MAX_TAG_LENGTH = 64

/** A well-formed BCP 47 tag in canonical case (`pt-br` → `pt-BR`), or undefined. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag || tag.length > MAX_TAG_LENGTH) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}
