import { randomBytes } from 'node:crypto'
import type { Cart, Contact } from '@weship/checkout-core'
import type { Promotion } from '../codes/promotions.js'
import type { CartIncentive, CartReminderMessage } from './message-jobs.js'
import type { SuppressionList } from './suppression-list.js'

const HOUR_MS = 3600_000

export interface ReminderSettings {
  /** After the cart's last change; 1 h, 24 h and 72 h by default. The last carries the incentive. */
  delaysMs?: readonly number[]
  /** Percent off the incentive code gives; 10 by default. */
  incentivePercent?: number
  /** How long the incentive code lasts after it is sent; 7 days by default. */
  incentiveTtlMs?: number
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
}

export interface CartReminders {
  takeDue(now: Date): CartReminderMessage[]
  /** The cart a reminder's token stands for. */
  recover(token: string): Cart | undefined
  /** Incentive codes sent so far, to register again after a restart. */
  exportIncentives(): CartIncentive[]
}

interface ReminderState {
  sent: number
  recoveryToken: string
}

/** A sent incentive as the promo engine knows it: single use, until it expires. */
function incentivePromotion({ code, percent, expiresAt }: CartIncentive): Promotion {
  const effect = { kind: 'percentage' as const, percent }
  return { code, label: `Welcome back: ${percent}% off`, effect, singleUse: true, expiresAt }
}

export function createCartReminders(
  deps: ReminderDeps,
  settings: ReminderSettings = {},
  incentives: readonly CartIncentive[] = [],
) {
  const delays = settings.delaysMs ?? DEFAULT_REMINDER_DELAYS_MS
  const percent = settings.incentivePercent ?? 10
  const incentiveTtlMs = settings.incentiveTtlMs ?? 7 * 24 * HOUR_MS
  const states = new Map<string, ReminderState>()
  const carts = new Map<string, string>()
  const issued = incentives.map((incentive) => ({ ...incentive }))
  for (const incentive of issued) deps.issuePromotion(incentivePromotion(incentive))

  function stateOf(cartId: string): ReminderState {
    let state = states.get(cartId)
    if (!state) {
      state = { sent: 0, recoveryToken: randomBytes(24).toString('base64url') }
      states.set(cartId, state)
      carts.set(state.recoveryToken, cartId)
    }
    return state
  }

  function issueIncentive(now: Date): CartIncentive {
    const code = `COMEBACK-${randomBytes(5).toString('hex').toUpperCase()}`
    const expiresAt = new Date(now.getTime() + incentiveTtlMs).toISOString()
    const incentive = { code, percent, expiresAt }
    deps.issuePromotion(incentivePromotion(incentive))
    issued.push(incentive)
    return incentive
  }

  const reminders: CartReminders = {
    takeDue(now) {
      const due: CartReminderMessage[] = []
      const open = new Set<string>()
      // Checked on every round: withdrawn consent, a purchase or an unsubscribe stops it at once.
      for (const candidate of deps.reminderCandidates()) {
        open.add(candidate.id)
        const { email, locale, marketingConsent } = candidate.contact
        if (marketingConsent?.email !== true || deps.suppression.isSuppressed(email)) continue
        const idleFor = now.getTime() - Date.parse(candidate.updatedAt)
        const sent = states.get(candidate.id)?.sent ?? 0
        for (let step = sent; step < delays.length && idleFor >= (delays[step] ?? 0); step++) {
          const cart = deps.openCart(candidate.id)
          const state = stateOf(cart.id)
          state.sent = step + 1
          const isLast = step === delays.length - 1
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
            recoveryToken: state.recoveryToken,
            ...(isLast ? { incentive: issueIncentive(now) } : {}),
          })
        }
      }
      // Ordered and forgotten carts need no state, and their links lead nowhere any more.
      for (const [cartId, state] of states) {
        if (open.has(cartId)) continue
        states.delete(cartId)
        carts.delete(state.recoveryToken)
      }
      return due
    },
    exportIncentives: () => issued.map((incentive) => ({ ...incentive })),
    recover(token) {
      const cartId = carts.get(token)
      return cartId === undefined ? undefined : deps.openCart(cartId)
    },
  }
  return reminders
}
