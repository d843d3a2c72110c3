import type { ServerOptions } from 'node:http'

/** How long a client may take, in ms; a slow or stalled one is cut off with 408 and a close. */
export interface HttpTimeouts {
  /** To send the request line and headers (10 s). */
  headersMs?: number
  /** To send the whole request, body included (30 s: a 64 KB body needs far less). */
  requestMs?: number
  /** An idle keep-alive connection stays open this long between requests (5 s). */
  keepAliveMs?: number
}

export const DEFAULT_HTTP_TIMEOUTS: Required<HttpTimeouts> = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
}

/**
 * Node's server options for the timeouts. Node checks them every `connectionsCheckingInterval`
 * (30 s by default), so a client trickling a byte every few seconds would last that much longer:
 * the check runs at a quarter of the shortest timeout, at most once a second.
 */
export function serverTimeouts(timeouts: HttpTimeouts = {}): ServerOptions {
  const { headersMs, requestMs, keepAliveMs } = { ...DEFAULT_HTTP_TIMEOUTS, ...timeouts }
  return {
    headersTimeout: headersMs,
    // Node refuses a request timeout shorter than the headers timeout.
    requestTimeout: Math.max(requestMs, headersMs),
    keepAliveTimeout: keepAliveMs,
    connectionsCheckingInterval: Math.max(250, Math.min(1_000, Math.min(headersMs, requestMs) / 4)),
  }
}
