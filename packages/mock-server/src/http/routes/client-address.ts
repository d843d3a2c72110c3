import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The peer's address, for per-client limits. Forwarded headers are ignored on purpose: the mock
 * server faces clients directly, and a client could send any `X-Forwarded-For` it likes.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // Requests made in-process (`app.request()` in tests) have no socket.
    return 'in-process'
  }
}
