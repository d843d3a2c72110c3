import { randomBytes } from 'node:crypto'
import { hashToken, lookupHash } from '../secrets.js'

/** A cart's reminders as a snapshot keeps them: how many went out, and its links' token hashes. */
export interface StoredReminders {
  cartId: string
  sent: number
  tokenHashes: string[]
}

interface CartReminderState {
  sent: number
  tokenHashes: string[]
  /** The raw link token, in memory only; after a restart the next reminder gets a new one. */
  token?: string
}

/** How far each cart's reminder sequence got, and which recovery link leads to which cart. */
export function createReminderLedger(initial: readonly StoredReminders[] = []) {
  const states = new Map<string, CartReminderState>()
  const carts = new Map<string, string>()
  for (const { cartId, sent, tokenHashes } of initial) {
    states.set(cartId, { sent, tokenHashes: [...tokenHashes] })
    for (const tokenHash of tokenHashes) carts.set(tokenHash, cartId)
  }

  return {
    sent: (cartId: string) => states.get(cartId)?.sent ?? 0,
    markSent(cartId: string, count: number) {
      const state = states.get(cartId) ?? { sent: 0, tokenHashes: [] }
      state.sent = count
      states.set(cartId, state)
    },
    /** The cart's recovery link token, made when first needed. */
    recoveryToken(cartId: string): string {
      const state = states.get(cartId) ?? { sent: 0, tokenHashes: [] }
      states.set(cartId, state)
      if (!state.token) {
        state.token = randomBytes(24).toString('base64url')
        const hash = hashToken(state.token)
        state.tokenHashes.push(hash)
        carts.set(hash, cartId)
      }
      return state.token
    },
    cartFor: (token: string) => {
      const hash = lookupHash(token)
      return hash === undefined ? undefined : carts.get(hash)
    },
    /** Forgets carts no longer open: their links lead nowhere any more. */
    keepOnly(open: ReadonlySet<string>) {
      for (const [cartId, state] of states) {
        if (open.has(cartId)) continue
        states.delete(cartId)
        for (const tokenHash of state.tokenHashes) carts.delete(tokenHash)
      }
    },
    exportState: (): StoredReminders[] =>
      [...states].map(([cartId, { sent, tokenHashes }]) => ({
        cartId,
        sent,
        tokenHashes: [...tokenHashes],
      })),
  }
}
