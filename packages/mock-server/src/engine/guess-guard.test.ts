import { describe, expect, it } from 'vitest'
import { DEMO_EMAIL, DEMO_PASSWORD } from './accounts/demo-account.js'
import { createFixedClock } from './clock.js'
import { createCommerceEngine } from './commerce-engine.js'
import { readyCart } from './orders/order-fixtures.js'
import { createTestCardToken } from './payments/test-card-token.js'

const ATTACKER = '203.0.113.9'
const OWNER = '198.51.100.7'
const limited = expect.objectContaining({ status: 429, reason: 'too_many_attempts' })

function setup() {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  return { clock, engine: createCommerceEngine({ clock }) }
}

async function placedOrder(engine: ReturnType<typeof setup>['engine']) {
  const cart = readyCart(engine)
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
  const request = { cartVersion: cart.version, payment }
  const placed = await engine.placeOrder(cart.id, request, { idempotencyKey: `k-${cart.id}` })
  if (placed.status !== 'completed') throw new Error('expected an order')
  return placed.order
}

describe('lock-outs: a guesser never locks the owner out', () => {
  // Twelve scrypt hashes: seconds on a loaded two-core machine, hence the timeout.
  it('lets the owner sign in from their address after 10 wrong tries from another', {
    timeout: 30_000,
  }, async () => {
    const { engine } = setup()
    const wrong = { email: DEMO_EMAIL, password: 'not-the-password' }
    for (let i = 0; i < 10; i++) await engine.signIn(wrong, ATTACKER).catch(() => undefined)
    await expect(engine.signIn(wrong, ATTACKER)).rejects.toEqual(limited)
    const session = await engine.signIn({ email: DEMO_EMAIL, password: DEMO_PASSWORD }, OWNER)
    expect(session.customer.email).toBe(DEMO_EMAIL)
  })

  it('slows a guess spread over many clients, except from a client the owner used before', async () => {
    // Order look-ups, not sign-ins: the same guard without 40 scrypt hashes on a busy machine.
    const { clock, engine } = setup()
    const { number, email, id } = await placedOrder(engine)
    engine.lookUpOrder({ number, email }, OWNER)
    for (let i = 0; i < 40; i++) {
      try {
        engine.lookUpOrder({ number, email: `guess${i}@example.com` }, `192.0.2.${i}`)
      } catch {}
    }
    // A new client waits (at most a minute); the owner's known one does not.
    let stranger: unknown
    try {
      engine.lookUpOrder({ number, email }, '198.51.100.99')
    } catch (error) {
      stranger = error
    }
    expect(stranger).toEqual(limited)
    expect((stranger as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60)
    expect(engine.lookUpOrder({ number, email }, OWNER).orderId).toBe(id)
    clock.advance(60_000)
    expect(engine.lookUpOrder({ number, email }, '198.51.100.99').orderId).toBe(id)
  })

  it('lets the buyer look up their order after 10 wrong tries at its number from another client', async () => {
    const { engine } = setup()
    const { number, email, id } = await placedOrder(engine)
    for (let i = 0; i < 10; i++) {
      try {
        engine.lookUpOrder({ number, email: `guess${i}@example.com` }, ATTACKER)
      } catch {}
    }
    expect(() => engine.lookUpOrder({ number, email }, ATTACKER)).toThrow(limited)
    expect(engine.lookUpOrder({ number, email }, OWNER).orderId).toBe(id)
  })
})
