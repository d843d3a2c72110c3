import { randomBytes } from 'node:crypto'
import type { CardBrand } from './card-number.js'
import type { CardBehaviour } from './test-cards.js'
import type { CheckedCard } from './validate-card.js'

/** What a token stands for: never the card number, only what the demo processor needs. */
export interface CardToken {
  token: string
  brand: CardBrand
  last4: string
  behaviour: CardBehaviour
  /** The card number's fingerprint: every token of one card has the same. */
  fingerprint: string
  /** The merchant page that framed the hosted fields; the 3-D Secure page answers only to it. */
  parentOrigin: string | undefined
  expiresAt: number
}

export interface TokenVault {
  issue(card: CheckedCard, parentOrigin?: string): CardToken
  /** The token if it is live (not used, not expired), without using it up. */
  peek(token: string): CardToken | undefined
  /** Uses the token up: a token pays for at most one attempt. */
  consume(token: string): CardToken | undefined
  /**
   * The card fingerprint of a token issued within its lifetime, used up or not: a retry that
   * resends a used token is still known to be of that card.
   */
  cardOf(token: string): string | undefined
}

export interface TokenVaultOptions {
  now: () => Date
  ttlMs?: number
  /** Oldest tokens are dropped beyond this, so a flood of tokenizations cannot exhaust memory. */
  maxTokens?: number
}

export const TOKEN_TTL_MS = 15 * 60_000

export function createTokenVault(options: TokenVaultOptions): TokenVault {
  const ttlMs = options.ttlMs ?? TOKEN_TTL_MS
  const maxTokens = options.maxTokens ?? 10_000
  const tokens = new Map<string, CardToken>()
  // Used-up tokens, kept (fingerprint only) until they would have expired.
  const spent = new Map<string, { fingerprint: string; expiresAt: number }>()
  const nowMs = () => options.now().getTime()

  function sweep() {
    // Insertion order is issue order, so expired tokens sit at the front.
    for (const [key, entry] of tokens) {
      if (entry.expiresAt > nowMs() && tokens.size <= maxTokens) break
      tokens.delete(key)
    }
    for (const [key, entry] of spent) {
      if (entry.expiresAt > nowMs() && spent.size <= maxTokens) break
      spent.delete(key)
    }
  }

  function peek(token: string): CardToken | undefined {
    const entry = tokens.get(token)
    if (!entry) return undefined
    if (entry.expiresAt <= nowMs()) {
      tokens.delete(token)
      return undefined
    }
    return entry
  }

  return {
    issue(card, parentOrigin) {
      const entry: CardToken = {
        token: `tok_${randomBytes(18).toString('base64url')}`,
        brand: card.brand,
        last4: card.last4,
        behaviour: card.behaviour,
        fingerprint: card.fingerprint,
        parentOrigin,
        expiresAt: nowMs() + ttlMs,
      }
      tokens.set(entry.token, entry)
      sweep()
      return { ...entry }
    },
    peek(token) {
      const entry = peek(token)
      return entry && { ...entry }
    },
    consume(token) {
      const entry = peek(token)
      tokens.delete(token)
      if (entry) spent.set(token, { fingerprint: entry.fingerprint, expiresAt: entry.expiresAt })
      return entry
    },
    cardOf(token) {
      const entry = tokens.get(token) ?? spent.get(token)
      return entry && entry.expiresAt > nowMs() ? entry.fingerprint : undefined
    },
  }
}
