/**
 * True for an absolute http(s) URL. For settings checked before any schema is loaded: the API
 * address and the order status page (zod's `url()` is the same check, in a chunk a page may
 * never fetch).
 */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol, hostname } = new URL(value)
    return (protocol === 'http:' || protocol === 'https:') && hostname !== ''
  } catch {
    return false
  }
}
