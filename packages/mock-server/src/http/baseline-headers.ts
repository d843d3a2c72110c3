import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { httpProblem, problemResponse } from './problem.js'

// Set before the route runs, never on `c.res` afterwards: touching a finished response turns
// @hono/node-server's light responses into full Response objects, which cost 3× the throughput.

/** `nosniff` and `no-store` on every answer; a route that may be cached sets its own header. */
export function baselineHeaders(extra: Record<string, string> = {}): MiddlewareHandler {
  const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...extra }
  return async (c, next) => {
    for (const [name, value] of Object.entries(headers)) c.header(name, value)
    await next()
  }
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

/** Hono's body limit, only where a body is expected (it reads the raw request otherwise). */
export function limitBodies(options: Parameters<typeof bodyLimit>[0]): MiddlewareHandler {
  const limit = bodyLimit(options)
  return (c, next) => (METHODS_WITH_BODY.has(c.req.method) ? limit(c, next) : next())
}

/**
 * 413 for a body too large to read. The rest of it is still on its way, so the connection cannot
 * carry another request: `Connection: close` tells a keep-alive client to open a new one, instead
 * of losing its next request on a socket the server drops.
 */
export function bodyTooLarge(c: Context, detail: string) {
  const error = httpProblem('VALIDATION', 413, 'payload_too_large', detail)
  return problemResponse(c, error, { connection: 'close' })
}
