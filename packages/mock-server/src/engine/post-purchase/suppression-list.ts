import { randomBytes } from 'node:crypto'

/** Who unsubscribed from marketing mail, and the link token of each address. */
export interface SuppressionList {
  /** The address's unsubscribe token, made on first use. */
  tokenFor(email: string): string
  /** Unsubscribes the token's address; false for an unknown token. */
  unsubscribe(token: string): boolean
  isSuppressed(email: string): boolean
}

// Addresses compare case-insensitively: the same shopper types them in different ways.
const normalise = (email: string) => email.trim().toLowerCase()

export function createSuppressionList(): SuppressionList {
  const tokens = new Map<string, string>()
  const emails = new Map<string, string>()
  const suppressed = new Set<string>()
  return {
    tokenFor(email) {
      const address = normalise(email)
      let token = tokens.get(address)
      if (!token) {
        token = randomBytes(18).toString('base64url')
        tokens.set(address, token)
        emails.set(token, address)
      }
      return token
    },
    unsubscribe(token) {
      const address = emails.get(token)
      if (address === undefined) return false
      suppressed.add(address)
      return true
    },
    isSuppressed: (email) => suppressed.has(normalise(email)),
  }
}
