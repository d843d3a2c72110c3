import { isIPv4, isIPv6 } from 'node:net'

/**
 * The key rate limits count a client under: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber's network: a host picks any address inside it at will), and an IPv4-mapped
 * IPv6 address (`::ffff:192.0.2.1`, as a dual-stack socket reports IPv4 peers) as the IPv4 one.
 * Anything that is not an address is its own key.
 */
export function rateLimitKey(address: string): string {
  const plain = withoutZone(address)
  if (isIPv4(plain)) return plain
  const groups = isIPv6(plain) ? ipv6Groups(plain) : undefined
  if (!groups) return address
  const mapped = mappedIPv4(groups)
  if (mapped) return mapped
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}

/** The address in a canonical form (IPv4-mapped IPv6 as IPv4), or undefined if it is none. */
export function canonicalAddress(
  value: string,
): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  const plain = withoutZone(value.trim())
  if (isIPv4(plain)) return { address: plain, family: 'ipv4' }
  const groups = isIPv6(plain) ? ipv6Groups(plain) : undefined
  if (!groups) return undefined
  const mapped = mappedIPv4(groups)
  return mapped ? { address: mapped, family: 'ipv4' } : { address: plain, family: 'ipv6' }
}

function withoutZone(address: string): string {
  const zone = address.indexOf('%')
  return zone === -1 ? address : address.slice(0, zone)
}

/** Eight 16-bit groups of a valid IPv6 address (`::` expanded, an IPv4 tail folded in). */
function ipv6Groups(address: string): number[] | undefined {
  let text = address
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1]
  if (tail) {
    const [a = 0, b = 0, c = 0, d = 0] = tail.split('.').map(Number)
    text = `${text.slice(0, -tail.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', rest] = text.split('::')
  const left = head ? head.split(':') : []
  const right = rest ? rest.split(':') : []
  const missing = 8 - left.length - right.length
  if (rest === undefined && missing !== 0) return undefined
  const groups = [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right]
  return groups.length === 8 ? groups.map((group) => Number.parseInt(group, 16)) : undefined
}

function mappedIPv4(groups: readonly number[]): string | undefined {
  const zeros = groups.slice(0, 5).every((group) => group === 0)
  if (!zeros || groups[5] !== 0xffff) return undefined
  const high = groups[6] ?? 0
  const low = groups[7] ?? 0
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}
