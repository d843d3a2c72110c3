import { canonicalLocale } from '@weship/checkout-core'

/** `lang` of the nearest ancestor, looking through shadow roots up to the document. */
export function inheritedLang(element: Element): string | null {
  let current: Element | null = element
  while (current) {
    const found = current.closest('[lang]')
    if (found) return found.getAttribute('lang')
    const root = current.getRootNode()
    current = root instanceof ShadowRoot ? root.host : null
  }
  return null
}

/** The element's `locale`, else the page's `lang`, else the browser's language, else English. */
export function resolveLocale(element: Element, locale: string | null): string {
  return (
    canonicalLocale(locale) ??
    canonicalLocale(inheritedLang(element)) ??
    canonicalLocale(globalThis.navigator?.language) ??
    'en'
  )
}
