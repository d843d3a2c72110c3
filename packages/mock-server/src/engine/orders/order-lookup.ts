import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { type OrderLookup, orderLookupRequestSchema } from '@weship/checkout-core'
import { parseInput } from '../parse-input.js'
import { createRateLimiter } from '../rate-limit.js'
import { emailKey, hashToken } from '../secrets.js'
import { countAttempt } from '../too-many-attempts.js'
import { orderNotFound } from './order-errors.js'
import type { OrderStore } from './order-store.js'

// Like sign-in: wrong guesses per order number and per client, in a 15-minute window.
const LOOKUPS_PER_NUMBER = { limit: 10, windowMs: 15 * 60_000 }
const LOOKUPS_PER_CLIENT = { limit: 30, windowMs: 15 * 60_000 }
// Long enough to read the page and leave feedback; the tab keeps it in sessionStorage only.
export const LOOKUP_TOKEN_TTL_MS = 24 * 3600_000

/** Same length whatever the input, so the comparison time says nothing about the address. */
const digest = (email: string) => createHash('sha256').update(emailKey(email)).digest()

export function createOrderLookup(store: OrderStore, now: () => Date) {
  const limits = {
    number: createRateLimiter({ ...LOOKUPS_PER_NUMBER, now }),
    client: createRateLimiter({ ...LOOKUPS_PER_CLIENT, now }),
  }
  return function lookUpOrder(request: unknown, client = 'local'): OrderLookup {
    const { number, email } = parseInput(orderLookupRequestSchema, request)
    const key = number.toUpperCase()
    const guesses = [
      [limits.number, key],
      [limits.client, client],
    ] as const
    countAttempt(guesses)
    const order = store.forNumber(key)
    // An unknown number still costs a comparison: no order and a wrong e-mail look alike.
    const matches = timingSafeEqual(digest(email), digest(order?.email ?? ''))
    if (!order || !matches) throw orderNotFound()
    for (const [limiter, name] of guesses) limiter.refund(name)
    const token = randomBytes(24).toString('base64url')
    const at = now()
    const expiresAt = new Date(at.getTime() + LOOKUP_TOKEN_TTL_MS).toISOString()
    store.grantToken(order.id, hashToken(token), expiresAt, at)
    return { orderId: order.id, token, expiresAt }
  }
}
