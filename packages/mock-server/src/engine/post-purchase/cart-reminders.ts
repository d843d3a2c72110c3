import { randomBytes } from 'node:crypto'
import type { Cart, Contact } from '@weship/checkout-core'
import type { Promotion } from '../codes/promotions.js'
import { emailKey } from '../secrets.js'
import type { CartIncentive, CartReminderMessage } from './message-jobs.js'
import { createReminderLedger, type StoredReminders } from './reminder-ledger.js'
import type { SuppressionList } from './suppression-list.js'

const HOUR_MS = 3600_000
const DAY_MS = 24 * HOUR_MS
// Per address, across all its carts: one full sequence a week, one incentive a month.
const REMINDERS_PER_ADDRESS = { count: 3, windowMs: 7 * DAY_MS }
const INCENTIVE_EVERY_MS = 30 * DAY_MS

export interface ReminderSettings {
  /** After the cart's last change; 1 h, 24 h and 72 h by default. The last carries the incentive. */
  delaysMs?: readonly number[]
  /** Percent off the incentive code gives; 10 by default. */
  incentivePercent?: number
  /** How long the incentive code lasts after it is sent; 7 days by default. */
  incentiveTtlMs?: number
  /** Least engine time between two scans of the carts; 1 minute by default. */
  scanEveryMs?: number
}

export const DEFAULT_REMINDER_DELAYS_MS = [1 * HOUR_MS, 24 * HOUR_MS, 72 * HOUR_MS] as const

/** Just enough of a cart to know whether a reminder is due, without pricing it. */
export interface ReminderCandidate {
  id: string
  updatedAt: string
  contact: Contact
}

export interface ReminderDeps {
  /** Carts with items and a contact, neither ordered nor forgotten. */
  reminderCandidates(): Iterable<ReminderCandidate>
  /** The cart behind an id, refusing with `cart_not_found` when it is gone or ordered. */
  openCart(cartId: string): Cart
  issuePromotion(promotion: Promotion): void
  suppression: SuppressionList
  /** Double opt-in: whether the address confirmed, or bought here, so marketing may reach it. */
  mayMarket(email: string): boolean
}

export interface CartReminders {
  takeDue(now: Date): CartReminderMessage[]
  /** The cart a reminder's token stands for. */
  recover(token: string): Cart | undefined
  /** Incentive codes sent so far, to register again after a restart. */
  exportIncentives(): CartIncentive[]
  exportReminders(): StoredReminders[]
  exportAddresses(): { email: string; sentAt: string[] }[]
}

/** A sent incentive as the promo engine knows it: single use, until it expires, for its address. */
function incentivePromotion({ code, percent, expiresAt, email }: CartIncentive): Promotion {
  const effect = { kind: 'percentage' as const, percent }
  const label = `Welcome back: ${percent}% off`
  return { code, label, effect, singleUse: true, expiresAt, ...(email ? { forEmail: email } : {}) }
}

export function createCartReminders(
  deps: ReminderDeps,
  settings: ReminderSettings = {},
  stored: {
    incentives?: readonly CartIncentive[]
    reminders?: readonly StoredReminders[]
    addresses?: readonly { email: string; sentAt: string[] }[]
  } = {},
) {
  const delays = settings.delaysMs ?? DEFAULT_REMINDER_DELAYS_MS
  const percent = settings.incentivePercent ?? 10
  const incentiveTtlMs = settings.incentiveTtlMs ?? 7 * 24 * HOUR_MS
  const scanEveryMs = settings.scanEveryMs ?? 60_000
  let lastScan = Number.NEGATIVE_INFINITY
  const ledger = createReminderLedger(stored.reminders)
  const issued = (stored.incentives ?? []).map((incentive) => ({ ...incentive }))
  for (const incentive of issued) deps.issuePromotion(incentivePromotion(incentive))
  const sentTo = new Map(
    (stored.addresses ?? []).map(({ email, sentAt }) => [email, sentAt.map(Date.parse)]),
  )

  /** Whether the address may get one more reminder now (and counts it when it may). */
  function countReminder(address: string, now: number): boolean {
    const recent = (sentTo.get(address) ?? []).filter(
      (at) => now - at < REMINDERS_PER_ADDRESS.windowMs,
    )
    if (recent.length >= REMINDERS_PER_ADDRESS.count) return false
    sentTo.set(address, [...recent, now])
    return true
  }

  const hadIncentiveLately = (address: string, now: number) =>
    issued.some(
      (incentive) =>
        incentive.email === address &&
        now - (Date.parse(incentive.expiresAt) - incentiveTtlMs) < INCENTIVE_EVERY_MS,
    )

  function issueIncentive(now: Date, address: string): CartIncentive {
    const code = `COMEBACK-${randomBytes(5).toString('hex').toUpperCase()}`
    const expiresAt = new Date(now.getTime() + incentiveTtlMs).toISOString()
    const incentive = { code, percent, expiresAt, email: address }
    deps.issuePromotion(incentivePromotion(incentive))
    issued.push(incentive)
    return incentive
  }

  const reminders: CartReminders = {
    takeDue(now) {
      // Every placed order flushes messages; rescanning every cart each time would make a busy
      // shop quadratic, and reminders are hours apart.
      if (now.getTime() - lastScan < scanEveryMs) return []
      lastScan = now.getTime()
      const due: CartReminderMessage[] = []
      const open = new Set<string>()
      // Checked on every round: withdrawn consent, a purchase or an unsubscribe stops it at once.
      for (const candidate of deps.reminderCandidates()) {
        open.add(candidate.id)
        const { email, locale, marketingConsent } = candidate.contact
        if (marketingConsent?.email !== true || deps.suppression.isSuppressed(email)) continue
        // The box ticked is the visitor's word: the address must have confirmed, or bought here.
        if (!deps.mayMarket(email)) continue
        const address = emailKey(email)
        const idleFor = now.getTime() - Date.parse(candidate.updatedAt)
        const sent = ledger.sent(candidate.id)
        for (let step = sent; step < delays.length && idleFor >= (delays[step] ?? 0); step++) {
          const cart = deps.openCart(candidate.id)
          ledger.markSent(cart.id, step + 1)
          // Past the address's limit the step is skipped, not sent late.
          if (!countReminder(address, now.getTime())) continue
          const isLast = step === delays.length - 1
          const incentive =
            isLast && !hadIncentiveLately(address, now.getTime())
              ? issueIncentive(now, address)
              : undefined
          due.push({
            kind: 'cart_reminder',
            key: `${cart.id}:cart_reminder:${step + 1}`,
            to: email,
            locale,
            marketing: true,
            unsubscribeToken: deps.suppression.tokenFor(email),
            step: step + 1,
            isLast,
            cart,
            recoveryToken: ledger.recoveryToken(cart.id),
            ...(incentive ? { incentive } : {}),
          })
        }
      }
      ledger.keepOnly(open)
      return due
    },
    exportIncentives: () => issued.map((incentive) => ({ ...incentive })),
    exportAddresses: () =>
      [...sentTo].map(([email, times]) => ({
        email,
        sentAt: times.map((at) => new Date(at).toISOString()),
      })),
    exportReminders: ledger.exportState,
    recover(token) {
      const cartId = ledger.cartFor(token)
      return cartId === undefined ? undefined : deps.openCart(cartId)
    },
  }
  return reminders
}
