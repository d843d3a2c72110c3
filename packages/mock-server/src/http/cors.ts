import { CheckoutError } from '@weship/checkout-core'
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
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

/** CORS for loopback origins plus the configured ones; a refused preflight says why. */
export function corsPolicy(allowedOrigins: readonly string[]): MiddlewareHandler[] {
  const allowAny = allowedOrigins.includes('*')
  const isAllowed = (origin: string) =>
    allowAny || isLoopbackOrigin(origin) || allowedOrigins.includes(origin)

  const refuseUnknownPreflight: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin')
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')
    if (!preflight || origin === undefined || isAllowed(origin)) return next()
    const detail = 'This origin may not call the API; start the server with --allow-origin for it.'
    return problemResponse(c, httpProblem('CONFIG', 403, 'origin_not_allowed', detail), {
      vary: 'Origin',
    })
  }

  const policy = cors({
    origin: (origin) => {
      if (allowAny) return '*'
      return isAllowed(origin) ? origin : null
    },
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['content-type', 'authorization', 'idempotency-key', 'weship-order-token'],
    exposeHeaders: ['location', 'retry-after'],
    maxAge: 600,
  })
  return [refuseUnknownPreflight, policy]
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}
