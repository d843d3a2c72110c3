import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { createPaymentApp } from '../payment-origin/create-payment-app.js'
import { codeGuess } from '../testing/code-guesses.js'
import { API_ORIGIN, resolvePlan } from '../testing/hostile-requests.js'
import { orderAttempts, playOrderAttempts } from '../testing/order-replays.js'
import { paymentTarget } from '../testing/payment-target.js'
import { requestPlan, routeKey, routesOf } from '../testing/request-plan.js'
import { assertStillServing, sendChecked } from '../testing/response-checks.js'
import { readyCart, seedShop } from '../testing/seeded-shop.js'
import { shopTarget } from '../testing/shop-target.js'

// Fixed so a failure reproduces; FUZZ_SEED=<n> explores other inputs.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126)
// FUZZ_SCALE=<n> digs n times deeper locally; 1 keeps the suite fast on a loaded 2-core box.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1)
// Generous: the box is shared; the tests take a few seconds at scale 1.
const TIMEOUT = 60_000 * SCALE
const routes = routesOf((await seedShop()).app)

/** fast-check with our seed, which a failure message always names. */
async function assertProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number) {
  try {
    await fc.assert(property, { seed: SEED, numRuns: numRuns * SCALE })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.stack : ''
    throw new Error(
      `Hostile input property failed (reproduce with FUZZ_SEED=${SEED}):\n${cause}\n${message}`,
    )
  }
}

describe('hostile input: every route', () => {
  it(
    'answers every malformed or hostile request below 500, as a problem document, writing nothing',
    async () => {
      const sentPerRoute = new Map(routes.map((route) => [routeKey(route), 0]))
      let sent = 0
      const property = fc.asyncProperty(
        fc.array(requestPlan(routes), { minLength: 1, maxLength: 50, size: 'max' }),
        async (plans) => {
          // One shop per run: a failure replays from the seed alone.
          const shop = await seedShop()
          const target = shopTarget(shop)
          const state = () => JSON.stringify(shop.engine.exportState())
          for (const plan of plans) {
            await sendChecked(shop.app, resolvePlan(plan, target), state)
            sent += 1
            const key = routeKey(plan.route)
            sentPerRoute.set(key, (sentPerRoute.get(key) ?? 0) + 1)
          }
          await assertStillServing(shop.app)
        },
      )
      await assertProperty(property, 120)
      expect(sent).toBeGreaterThanOrEqual(2_000 * SCALE)
      for (const [route, count] of sentPerRoute) {
        expect(count, `requests sent to ${route}`).toBeGreaterThanOrEqual(20)
      }
      console.info(`hostile input: ${sent} requests over ${routes.length} routes`)
    },
    TIMEOUT,
  )
})

describe('hostile input: the payment origin', () => {
  it(
    'answers hostile card and 3-D Secure requests below 500, settling nothing it refuses',
    async () => {
      const paymentRoutes = routesOf(createPaymentApp(createCommerceEngine().payments))
      let sent = 0
      const property = fc.asyncProperty(
        fc.array(requestPlan(paymentRoutes), { minLength: 1, maxLength: 30, size: 'max' }),
        async (plans) => {
          const { app, target, state } = paymentTarget(await seedShop())
          for (const plan of plans) {
            await sendChecked(app, resolvePlan(plan, target), state)
            sent += 1
          }
        },
      )
      await assertProperty(property, 25)
      expect(sent).toBeGreaterThanOrEqual(200 * SCALE)
    },
    TIMEOUT,
  )
})

describe('hostile input: replayed and conflicting idempotency keys', () => {
  it(
    'never places two orders or takes two payments for one cart',
    async () => {
      const seen = { replays: 0, placed: 0 }
      const property = fc.asyncProperty(orderAttempts, async (attempts) => {
        const { replays, placed } = await playOrderAttempts(await seedShop(), attempts)
        seen.replays += replays
        seen.placed += placed
      })
      await assertProperty(property, 40)
      expect(seen.replays).toBeGreaterThan(20)
      expect(seen.placed).toBeGreaterThan(10)
    },
    TIMEOUT,
  )
})

describe('hostile input: promo code and gift card brute force', () => {
  it(
    'ends in 429 too_many_attempts and never in a discount',
    async () => {
      const property = fc.asyncProperty(
        fc.array(codeGuess, { minLength: 48, maxLength: 48 }),
        async (guesses) => {
          const shop = await seedShop()
          const carts = [1, 2, 3, 4].map(() => readyCart(shop.engine).id)
          const state = () => JSON.stringify(shop.engine.exportState())
          const limited = new Set<string>()
          for (const [index, code] of guesses.entries()) {
            // Twelve guesses per cart: past the per-cart limit, then the per-client one.
            const cartId = carts[Math.floor(index / 12)] ?? ''
            const answer = await sendChecked(shop.app, codeRequest(cartId, code), state)
            if (answer.status === 429) limited.add(cartId)
            else if (limited.has(cartId) || answer.status !== 422) {
              throw new Error(`Guess ${code} on cart ${cartId} got ${answer.status}`)
            }
          }
          expect(limited.size).toBe(carts.length)
          for (const cartId of carts) {
            const real = await sendChecked(shop.app, codeRequest(cartId, 'FREESHIP'), state)
            expect(real).toMatchObject({ status: 429, reason: 'too_many_attempts' })
            expect(shop.engine.getCart(cartId)).toMatchObject({ promoCodes: [], giftCards: [] })
          }
        },
      )
      await assertProperty(property, 8)
    },
    TIMEOUT,
  )
})

function codeRequest(cartId: string, code: string) {
  const body = JSON.stringify({ code })
  return {
    method: 'POST',
    url: `${API_ORIGIN}/carts/${cartId}/codes`,
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body },
    label: `POST /carts/${cartId}/codes ${body}`,
  }
}
