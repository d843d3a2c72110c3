/**
 * `?weship_cart=<token>` from a reminder e-mail's link, taken once: it is removed from the
 * address bar so a bookmark or a shared URL does not carry it on.
 */
export function takeRecoveryToken(): string | null {
  const here = globalThis.location?.href
  if (!here) return null
  const url = new URL(here)
  const token = url.searchParams.get('weship_cart')
  if (!token) return null
  url.searchParams.delete('weship_cart')
  try {
    globalThis.history?.replaceState(globalThis.history.state, '', url)
  } catch {
    // Sandboxed frames may refuse; the token then stays visible, which is harmless.
  }
  return token
}
