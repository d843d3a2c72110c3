import { randomBytes } from 'node:crypto'
import { createRateLimiter } from '../rate-limit.js'
import { emailKey, hashToken, lookupHash } from '../secrets.js'
import type { MarketingConfirmationMessage } from './message-jobs.js'
import type { PostPurchaseState } from './post-purchase-state.js'

const HOUR_MS = 3600_000
/** How long a confirmation link works. */
export const CONFIRMATION_TTL_MS = 72 * HOUR_MS
// One confirmation e-mail per address a day: ticking the box again must not mail-bomb anyone.
const CONFIRMATION_EVERY_MS = 24 * HOUR_MS
// Per client: the shop must not become a relay that mails any address it is given.
const CONFIRMATIONS_PER_CLIENT = { limit: 10, windowMs: HOUR_MS }
// Bounds memory whatever the traffic: the oldest links and send times go first.
const MAX_TRACKED = 10_000

type ConsentState = Pick<PostPurchaseState, 'confirmedEmails' | 'confirmationLinks'>

/**
 * Double opt-in: a ticked box is the visitor's word, not the address owner's. Marketing mail goes
 * only to an address that confirmed through a single-purpose link sent to it, or that placed an
 * order here (it gave the address to buy, and agreed at checkout).
 */
export interface MarketingConsent {
  mayMarket(email: string): boolean
  /**
   * The box was ticked for `email`: queues a confirmation e-mail unless one is not needed, one
   * went to the address today, or `client` (absent in-process) asked for too many this hour.
   */
  consentGiven(email: string, locale: string | undefined, now: Date, client?: string): void
  /** An order by `email`: the address may get marketing mail it agreed to. */
  orderPlaced(email: string): void
  /** Confirms the link's address; false for an unknown, used or expired link. */
  confirm(token: string, now: Date): boolean
  isLive(token: string, now: Date): boolean
  takeDue(): MarketingConfirmationMessage[]
  exportState(): ConsentState
}

export function createMarketingConsent(
  state: Partial<ConsentState> = {},
  customers: Iterable<string> = [],
): MarketingConsent {
  const confirmed = new Map(state.confirmedEmails?.map((entry) => [entry.email, entry.at]))
  const buyers = new Set([...customers].map(emailKey))
  const links = new Map(state.confirmationLinks?.map(({ tokenHash, ...link }) => [tokenHash, link]))
  const lastSent = new Map<string, number>()
  let due: MarketingConfirmationMessage[] = []
  let clock = new Date(0)
  const perClient = createRateLimiter({ ...CONFIRMATIONS_PER_CLIENT, now: () => clock })
  const mayMarket = (email: string) => confirmed.has(emailKey(email)) || buyers.has(emailKey(email))

  function live(token: string, now: Date) {
    const hash = lookupHash(token)
    const link = hash === undefined ? undefined : links.get(hash)
    return link && Date.parse(link.expiresAt) > now.getTime() ? { hash, link } : undefined
  }

  return {
    mayMarket,
    consentGiven(email, locale, now, client) {
      clock = now
      const address = emailKey(email)
      const previous = lastSent.get(address) ?? Number.NEGATIVE_INFINITY
      if (mayMarket(address) || now.getTime() - previous < CONFIRMATION_EVERY_MS) return
      if (client !== undefined && !perClient.attempt(client)) return
      lastSent.set(address, now.getTime())
      for (const [other] of lastSent) {
        if (lastSent.size <= MAX_TRACKED) break
        lastSent.delete(other)
      }
      for (const [hash, link] of links) {
        if (Date.parse(link.expiresAt) <= now.getTime()) links.delete(hash)
      }
      const token = randomBytes(24).toString('base64url')
      const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString()
      links.set(hashToken(token), { email: address, expiresAt })
      for (const [hash] of links) {
        if (links.size <= MAX_TRACKED) break
        links.delete(hash)
      }
      due = due.slice(-MAX_TRACKED)
      due.push({
        kind: 'marketing_confirmation',
        key: `marketing_confirmation:${hashToken(token)}`,
        to: email.trim(),
        locale,
        marketing: false,
        confirmationToken: token,
        expiresAt,
      })
    },
    orderPlaced: (email) => void buyers.add(emailKey(email)),
    confirm(token, now) {
      const found = live(token, now)
      if (!found?.hash) return false
      links.delete(found.hash)
      if (!confirmed.has(found.link.email)) confirmed.set(found.link.email, now.toISOString())
      return true
    },
    isLive: (token, now) => live(token, now) !== undefined,
    takeDue() {
      // An address that ordered since the box was ticked needs no confirmation any more.
      const taken = due.filter((message) => !mayMarket(message.to))
      due = []
      return taken
    },
    exportState: () => ({
      confirmedEmails: [...confirmed].map(([email, at]) => ({ email, at })),
      confirmationLinks: [...links].map(([tokenHash, link]) => ({ tokenHash, ...link })),
    }),
  }
}
