import { randomBytes } from 'node:crypto'
import type { Cart } from '@weship/checkout-core'
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

export interface ReminderDeps {
  /** Carts neither ordered nor forgotten, priced now. */
  openCarts(): Iterable<Cart>
  /** The cart behind an id, refusing with `cart_not_found` when it is gone or ordered. */
  openCart(cartId: string): Cart
  issuePromotion(promotion: Promotion): void
  suppression: SuppressionList
}

export interface CartReminders {
  takeDue(now: Date): CartReminderMessage[]
  /** The cart a reminder's token stands for. */
  recover(token: string): Cart | undefined
}

interface ReminderState {
  sent: number
  recoveryToken: string
}

export function createCartReminders(deps: ReminderDeps, settings: ReminderSettings = {}) {
  const delays = settings.delaysMs ?? DEFAULT_REMINDER_DELAYS_MS
  const percent = settings.incentivePercent ?? 10
  const incentiveTtlMs = settings.incentiveTtlMs ?? 7 * 24 * HOUR_MS
  const states = new Map<string, ReminderState>()
  const carts = new Map<string, string>()

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
    deps.issuePromotion({
      code,
      label: `Welcome back: ${percent}% off`,
      effect: { kind: 'percentage', percent },
      singleUse: true,
      expiresAt,
    })
    return { code, percent, expiresAt }
  }

  const reminders: CartReminders = {
    takeDue(now) {
      const due: CartReminderMessage[] = []
      for (const cart of deps.openCarts()) {
        const email = cart.contact?.email
        // Checked on every round: consent withdrawn or an unsubscribe stops the sequence at once.
        if (!email || cart.contact?.marketingConsent?.email !== true || cart.items.length === 0) {
          continue
        }
        if (deps.suppression.isSuppressed(email)) continue
        const idleFor = now.getTime() - Date.parse(cart.updatedAt)
        const sent = states.get(cart.id)?.sent ?? 0
        for (let step = sent; step < delays.length && idleFor >= (delays[step] ?? 0); step++) {
          const state = stateOf(cart.id)
          state.sent = step + 1
          const isLast = step === delays.length - 1
          due.push({
            kind: 'cart_reminder',
            key: `${cart.id}:cart_reminder:${step + 1}`,
            to: email,
            locale: cart.contact?.locale,
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
      return due
    },
    recover(token) {
      const cartId = carts.get(token)
      return cartId === undefined ? undefined : deps.openCart(cartId)
    },
  }
  return reminders
}
