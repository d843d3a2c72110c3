import { BlockList } from 'node:net'
import { CheckoutError } from '@weship/checkout-core'
import { canonicalAddress } from './ip-address.js'

/** The peers whose `X-Forwarded-For` is believed: the deployment's own reverse proxies. */
export interface TrustedProxies {
  has(address: string): boolean
  readonly size: number
}

const LOOPBACK = ['127.0.0.0/8', '::1/128']

/**
 * Parses `--trust-proxy` entries: an address (`10.0.0.5`), a CIDR range (`10.0.0.0/8`,
 * `2001:db8::/32`) or `loopback` (a proxy on the same machine). Refuses anything else at start.
 */
export function parseTrustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList()
  let size = 0
  for (const entry of entries.flatMap((value) => (value === 'loopback' ? LOOPBACK : [value]))) {
    const [address = '', bits, extra] = entry.trim().split('/')
    const parsed = canonicalAddress(address)
    const max = parsed?.family === 'ipv4' ? 32 : 128
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : Number.NaN
    if (!parsed || extra !== undefined || !(prefix >= 0 && prefix <= max)) {
      throw new CheckoutError(
        'CONFIG',
        `"${entry}" is not a proxy address, a CIDR range (10.0.0.0/8) or "loopback".`,
        { reason: 'invalid_trusted_proxy' },
      )
    }
    list.addSubnet(parsed.address, prefix, parsed.family)
    size += 1
  }
  return {
    size,
    has(address) {
      const parsed = canonicalAddress(address)
      return parsed !== undefined && list.check(parsed.address, parsed.family)
    },
  }
}

/**
 * The client's address: the peer's, unless the peer is a trusted proxy; then the rightmost
 * `X-Forwarded-For` hop that is not a trusted proxy. Hops left of it were written by the client
 * and prove nothing, so they are never read; a malformed hop stops the walk at the last known one.
 */
export function forwardedClient(
  peer: string,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string {
  let client = canonicalAddress(peer)?.address ?? peer
  if (!forwardedFor || !trusted.has(client)) return client
  const hops = forwardedFor.split(',')
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = canonicalAddress(withoutPort(hops[index] ?? ''))
    if (!hop) return client
    client = hop.address
    if (!trusted.has(client)) return client
  }
  return client
}

/** `[2001:db8::1]:443` and `192.0.2.1:80` as some proxies write them; a bare IPv6 stays. */
function withoutPort(hop: string): string {
  const value = hop.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) return bracketed[1] ?? ''
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(value)
  return v4 ? (v4[1] ?? '') : value
}
