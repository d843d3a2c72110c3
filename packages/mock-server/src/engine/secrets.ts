import { createHash } from 'node:crypto'

/** Longer than any token we issue: refused before hashing, so a huge value costs nothing. */
const MAX_TOKEN_LENGTH = 200

/** What the engine keeps of a capability token (status, unsubscribe, recovery): its SHA-256. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The hash to look a token up by, or undefined for a value no token of ours could be. */
export function lookupHash(token: string): string | undefined {
  return token.length > MAX_TOKEN_LENGTH ? undefined : hashToken(token)
}

/** One e-mail address, however it was typed: unsubscribes, lookups, promo use and accounts agree. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}
