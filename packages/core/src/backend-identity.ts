import { CheckoutError } from './errors.js'
import { isHttpUrl } from './http-url.js'

/**
 * Which backend an adapter talks to. Two adapters with the same identity see the same carts, so
 * every element that names it shares one cart session and one remembered cart, whether it was
 * configured by attribute, by a registered backend or by an adapter object.
 */
export interface BackendIdentity {
  /** `rest` (the WeShip REST contract), `vendure`, `medusa`, or your own kind. */
  readonly kind: string
  /** The endpoint's origin and path: no query, fragment or trailing slash. */
  readonly endpoint: string
  /** What picks one shop behind the endpoint: a Vendure channel token, a Medusa publishable key. */
  readonly channel?: string
}

const KIND_PATTERN = /^[a-z][a-z0-9-]{0,31}$/

/**
 * An identity with its endpoint normalised, so `https://Shop.example/api/` and
 * `https://shop.example/api` are one backend. Throws a CONFIG CheckoutError for a kind that is
 * not lowercase letters, digits and dashes, or an endpoint that is not an http(s) URL.
 */
export function backendIdentity(kind: string, endpoint: string, channel?: string): BackendIdentity {
  const badKind = !KIND_PATTERN.test(kind)
  if (badKind || !isHttpUrl(endpoint)) {
    const what = badKind ? `a backend kind: "${kind}"` : `an http(s) URL: "${endpoint}"`
    throw new CheckoutError('CONFIG', `Expected ${what}.`, {
      reason: badKind ? 'invalid_backend' : 'invalid_api_url',
    })
  }
  const url = new URL(endpoint)
  const normalised = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  return channel ? { kind, endpoint: normalised, channel } : { kind, endpoint: normalised }
}

/**
 * The identity as one string: `vendure:https://shop.example/shop-api#<channel>`. The endpoint
 * has no fragment, so the `#` cannot be confused with part of it.
 */
export function backendKey({ kind, endpoint, channel }: BackendIdentity): string {
  return channel ? `${kind}:${endpoint}#${encodeURIComponent(channel)}` : `${kind}:${endpoint}`
}
