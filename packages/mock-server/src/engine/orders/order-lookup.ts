import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { type OrderLookup, orderLookupRequestSchema } from '@weship/checkout-core'
import { createGuessGuard, OWNER_FRIENDLY_GUESSES } from '../guess-guard.js'
import { parseInput } from '../parse-input.js'
import { emailKey, hashToken } from '../secrets.js'
import { orderNotFound } from './order-errors.js'
import type { OrderStore } from './order-store.js'

// Long enough to read the page and leave feedback; the tab keeps it in sessionStorage only.
export const LOOKUP_TOKEN_TTL_MS = 24 * 3600_000

/** Same length whatever the input, so the comparison time says nothing about the address. */
const digest = (email: string) => createHash('sha256').update(emailKey(email)).digest()

export function createOrderLookup(store: OrderStore, now: () => Date) {
  // Like sign-in: numbers are sequential, so a guesser must never lock the buyer out of theirs.
  const guesses = createGuessGuard(OWNER_FRIENDLY_GUESSES, now)
  return function lookUpOrder(request: unknown, client = 'local'): OrderLookup {
    const { number, email } = parseInput(orderLookupRequestSchema, request)
    const key = number.toUpperCase()
    const guess = guesses.guess(key, client)
    const order = store.forNumber(key)
    // An unknown number still costs a comparison: no order and a wrong e-mail look alike.
    const matches = timingSafeEqual(digest(email), digest(order?.email ?? ''))
    if (!order || !matches) throw orderNotFound()
    guess.succeeded()
    const token = randomBytes(24).toString('base64url')
    const at = now()
    const expiresAt = new Date(at.getTime() + LOOKUP_TOKEN_TTL_MS).toISOString()
    store.grantToken(order.id, hashToken(token), expiresAt, at)
    return { orderId: order.id, token, expiresAt }
  }
}
