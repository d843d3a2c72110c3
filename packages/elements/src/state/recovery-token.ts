/** The shop page's link parameters: a cart reminder's, and a "Buy again" link's. */
export type LinkParameter = 'weship_cart' | 'weship_reorder'

/**
 * A link's token from the page URL (`?weship_cart=` of a reminder e-mail, `?weship_reorder=` of
 * "Buy again"), taken once: it is removed from the address bar so a bookmark or a shared URL
 * does not carry it on.
 */
export function takeLinkToken(parameter: LinkParameter): string | null {
  const here = globalThis.location?.href
  if (!here) return null
  const url = new URL(here)
  const token = url.searchParams.get(parameter)
  if (!token) return null
  url.searchParams.delete(parameter)
  try {
    globalThis.history?.replaceState(globalThis.history.state, '', url)
  } catch {
    // Sandboxed frames may refuse; the token then stays visible, which is harmless.
  }
  return token
}
