import fc from 'fast-check'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import { API_ORIGIN, type HostileRequest } from './hostile-requests.js'
import { sendChecked } from './response-checks.js'
import { APPROVED_CARD, DECLINED_CARD, readyCart, type SeededShop } from './seeded-shop.js'

/** One place-order attempt: a key from a small pool, one of a few bodies, maybe concurrent. */
export interface OrderAttempt {
  key: 'key-a' | 'key-b' | 'key-c'
  /** 0, 1: two approved cards; 2: a declined card; 3: a stale cart version. */
  body: 0 | 1 | 2 | 3
  /** Sent together with the attempts before it that are also `together`. */
  together: boolean
}

export const orderAttempts = fc.array(
  fc.record({
    key: fc.constantFrom('key-a' as const, 'key-b' as const, 'key-c' as const),
    body: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    together: fc.boolean(),
  }),
  { minLength: 2, maxLength: 12 },
)

interface Outcome {
  body: number
  status: number
  orderId: string | undefined
}

// Answers an idempotency store keeps: an order, a challenge, a processor's decline.
const STORED = new Set([201, 202, 402])

/**
 * Plays the attempts against a fresh ready cart and checks the contract of §3: same key and body
 * → the stored answer; same key, other body → 422; never two orders nor two charges for a cart.
 * "Same body" is what the shopper agreed to (cart version, method) and the card: a retry may carry
 * a new single-use token of the same card and still be the same attempt (see place-order.ts).
 */
export async function playOrderAttempts(
  shop: SeededShop,
  attempts: readonly OrderAttempt[],
): Promise<{ replays: number; placed: number }> {
  const { engine } = shop
  const cart = readyCart(engine)
  const token = (card: string) => createTestCardToken(engine, card)
  const bodies = [
    { cartVersion: cart.version, payment: { methodId: 'card', token: token(APPROVED_CARD) } },
    { cartVersion: cart.version, payment: { methodId: 'card', token: token(APPROVED_CARD) } },
    { cartVersion: cart.version, payment: { methodId: 'card', token: token(DECLINED_CARD) } },
    { cartVersion: cart.version + 5, payment: { methodId: 'card', token: token(APPROVED_CARD) } },
  ]
  const request = ({ key, body }: OrderAttempt): HostileRequest => ({
    method: 'POST',
    url: `${API_ORIGIN}/carts/${cart.id}/orders`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(bodies[body]),
    },
    label: `POST orders key=${key} body=${body}`,
  })
  const stored = new Map<string, Outcome>()
  const orderIds = new Set<string>()
  const state = () => JSON.stringify(engine.exportState())
  let replays = 0

  for (const batch of batches(attempts)) {
    // Concurrent refusals may overlap a write, so only lone attempts compare the state.
    const check = batch.length === 1 ? state : () => ''
    const answers = await Promise.all(
      batch.map((attempt) => sendChecked(shop.app, request(attempt), check)),
    )
    answers.forEach((answer, index) => {
      const attempt = batch[index] as OrderAttempt
      const orderId = (answer.body as { order?: { id?: string } }).order?.id
      if (orderId) orderIds.add(orderId)
      const before = stored.get(attempt.key)
      if (before && batch.length === 1) {
        expectReplay(before, attempt, agreed(attempt.body), answer.status, orderId)
        replays += 1
      }
      if (!before && STORED.has(answer.status))
        stored.set(attempt.key, { body: attempt.body, status: answer.status, orderId })
    })
  }
  const orders = engine.exportState().orders?.filter((order) => order.cartId === cart.id) ?? []
  const charges = engine.payments
    .charges()
    .filter((charge) => orders.some((o) => o.id === charge.orderId))
  if (orders.length > 1 || charges.length > 1 || orderIds.size > 1) {
    throw new Error(`Cart ${cart.id} has ${orders.length} orders, ${charges.length} charges`)
  }
  return { replays, placed: orders.length }
}

// Bodies 0 and 1 are two tokens of one card; body 2 is another card; body 3 another version.
const agreed = (body: number) =>
  ['approved card', 'approved card', 'declined card', 'stale version'][body] ?? 'unknown'

function expectReplay(
  before: Outcome,
  attempt: OrderAttempt,
  request: string,
  status: number,
  orderId?: string,
) {
  const same = agreed(before.body) === request
  const wanted = same ? before.status : 422
  if (status !== wanted || (same && orderId !== before.orderId)) {
    throw new Error(
      `Key ${attempt.key} first answered ${before.status} to body ${before.body}; ` +
        `body ${attempt.body} then got ${status} (wanted ${wanted})`,
    )
  }
}

/** Consecutive `together` attempts form one concurrent batch; the rest go one by one. */
function batches(attempts: readonly OrderAttempt[]): OrderAttempt[][] {
  const result: OrderAttempt[][] = []
  for (const attempt of attempts) {
    const last = result[result.length - 1]
    if (attempt.together && last?.[0]?.together) last.push(attempt)
    else result.push([attempt])
  }
  return result
}
