import { randomBytes } from 'node:crypto'
import { hashToken, lookupHash } from '../secrets.js'

/** A "Buy again" link as a snapshot keeps it: the token's hash, its order, its expiry. */
export interface StoredReorderLink {
  tokenHash: string
  orderId: string
  expiresAt: string
}

export interface ReorderLinks {
  /** A new token for the order's items; it opens nothing else of the order. */
  issue(orderId: string, now: Date): { token: string; expiresAt: string }
  /** The order behind a live token; undefined for an unknown or expired one. */
  orderFor(token: string, now: Date): string | undefined
  exportState(): StoredReorderLink[]
}

// Bounds memory whatever the traffic: expired links go first, then the oldest.
const MAX_LINKS = 50_000

/**
 * "Buy again" capabilities: single purpose (a new cart with an order's items), expiring, and
 * kept as hashes only, so a leaked snapshot opens nothing while links in sent mail keep working.
 */
export function createReorderLinks(
  ttlMs: number,
  initial: readonly StoredReorderLink[] = [],
): ReorderLinks {
  const links = new Map(initial.map(({ tokenHash, ...link }) => [tokenHash, link]))
  const live = (expiresAt: string, now: Date) => Date.parse(expiresAt) > now.getTime()
  return {
    issue(orderId, now) {
      if (links.size >= MAX_LINKS) {
        for (const [hash, link] of links) if (!live(link.expiresAt, now)) links.delete(hash)
        for (const [hash] of links) {
          if (links.size < MAX_LINKS) break
          links.delete(hash)
        }
      }
      const token = randomBytes(24).toString('base64url')
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString()
      links.set(hashToken(token), { orderId, expiresAt })
      return { token, expiresAt }
    },
    orderFor(token, now) {
      const hash = lookupHash(token)
      const link = hash === undefined ? undefined : links.get(hash)
      return link && live(link.expiresAt, now) ? link.orderId : undefined
    },
    exportState: () => [...links].map(([tokenHash, link]) => ({ tokenHash, ...link })),
  }
}
