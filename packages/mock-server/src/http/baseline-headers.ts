import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

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
