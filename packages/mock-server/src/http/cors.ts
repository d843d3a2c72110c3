import { CheckoutError } from '@weship/checkout-core'
import type { MiddlewareHandler } from 'hono'
import { httpProblem, problemResponse } from './problem.js'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Any port on a loopback host: the demo's pages and a developer's dev server. */
export function isLoopbackOrigin(origin: string): boolean {
  // Same-origin and server-to-server requests send no Origin; no URL to parse (and throw on).
  if (!origin) return false
  const url = parseUrl(origin)
  return (
    url !== null &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.origin === origin
  )
}

/** Normalises configured origins (`https://shop.example/` → `https://shop.example`); `*` stays. */
export function normaliseOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    if (origin === '*') return origin
    const url = parseUrl(origin)
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new CheckoutError('CONFIG', `"${origin}" is not an http(s) origin to allow.`, {
        reason: 'invalid_origin',
      })
    }
    return url.origin
  })
}

const ALLOW_METHODS = 'GET,POST,PUT,PATCH,DELETE,OPTIONS'
const ALLOW_HEADERS = 'content-type,authorization,idempotency-key,weship-order-token'
const EXPOSE_HEADERS = 'location,retry-after'

/**
 * CORS for loopback origins plus the configured ones; a refused preflight says why. Headers are
 * set before the route runs (see baseline-headers.ts for why that matters to throughput).
 */
export function corsPolicy(allowedOrigins: readonly string[]): MiddlewareHandler[] {
  const allowAny = allowedOrigins.includes('*')
  const allowed = (origin: string) =>
    allowAny ? '*' : isLoopbackOrigin(origin) || allowedOrigins.includes(origin) ? origin : null

  const policy: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin')
    if (origin === undefined) return next()
    const allowOrigin = allowed(origin)
    if (c.req.method === 'OPTIONS') {
      if (!allowOrigin) {
        const detail =
          'This origin may not call the API; start the server with --allow-origin for it.'
        return problemResponse(c, httpProblem('CONFIG', 403, 'origin_not_allowed', detail), {
          vary: 'Origin',
        })
      }
      return c.body(null, 204, {
        'access-control-allow-origin': allowOrigin,
        'access-control-allow-methods': ALLOW_METHODS,
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': '600',
        vary: 'Origin',
      })
    }
    c.header('vary', 'Origin')
    if (allowOrigin) {
      c.header('access-control-allow-origin', allowOrigin)
      c.header('access-control-expose-headers', EXPOSE_HEADERS)
    }
    await next()
  }
  return [policy]
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}
