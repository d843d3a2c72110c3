import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { rateLimitKey } from './ip-address.js'
import { forwardedClient, type TrustedProxies } from './trusted-proxies.js'

/** What every per-client limit counts under, for one request. */
export type ClientKey = (c: Context) => string

/**
 * The client key of a request: its address from the socket, or through trusted proxies from
 * `X-Forwarded-For` (never otherwise: any client can send that header), grouped for rate limits
 * (IPv6 by /64, IPv4-mapped as IPv4).
 */
export function clientKeyFrom(trusted?: TrustedProxies): ClientKey {
  if (!trusted || trusted.size === 0) return (c) => rateLimitKey(peerAddress(c))
  return (c) =>
    rateLimitKey(forwardedClient(peerAddress(c), c.req.header('x-forwarded-for'), trusted))
}

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // Requests made in-process (`app.request()` in tests) have no socket.
    return 'in-process'
  }
}
