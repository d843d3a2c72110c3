import { randomBytes } from 'node:crypto'
import { emailKey, hashToken, lookupHash } from '../secrets.js'
import type { PostPurchaseState } from './post-purchase-state.js'

/** Who unsubscribed from marketing mail, and the link token of each address. */
export interface SuppressionList {
  /** The address's unsubscribe token, made on first use (and again after a restart). */
  tokenFor(email: string): string
  /** Unsubscribes the token's address; false for an unknown token. */
  unsubscribe(token: string): boolean
  /** Whether the token is one of our unsubscribe links. */
  knows(token: string): boolean
  isSuppressed(email: string): boolean
  exportState(): Pick<PostPurchaseState, 'unsubscribeLinks' | 'unsubscribed'>
}

export function createSuppressionList(
  state?: Pick<PostPurchaseState, 'unsubscribeLinks' | 'unsubscribed'>,
): SuppressionList {
  // Raw tokens stay in memory for new messages; only their hashes outlive a restart.
  const tokens = new Map<string, string>()
  const emails = new Map(state?.unsubscribeLinks.map((link) => [link.tokenHash, link.email]))
  const suppressed = new Set(state?.unsubscribed.map(emailKey))
  return {
    tokenFor(email) {
      const address = emailKey(email)
      let token = tokens.get(address)
      if (!token) {
        token = randomBytes(18).toString('base64url')
        tokens.set(address, token)
        emails.set(hashToken(token), address)
      }
      return token
    },
    unsubscribe(token) {
      const hash = lookupHash(token)
      const address = hash === undefined ? undefined : emails.get(hash)
      if (address === undefined) return false
      suppressed.add(address)
      return true
    },
    knows(token) {
      const hash = lookupHash(token)
      return hash !== undefined && emails.has(hash)
    },
    isSuppressed: (email) => suppressed.has(emailKey(email)),
    exportState: () => ({
      unsubscribeLinks: [...emails].map(([tokenHash, email]) => ({ tokenHash, email })),
      unsubscribed: [...suppressed],
    }),
  }
}
