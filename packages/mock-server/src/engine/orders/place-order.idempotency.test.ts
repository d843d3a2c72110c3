import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { type CommerceEngineOptions, createCommerceEngine } from '../commerce-engine.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import { readyCart } from './order-fixtures.js'

const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })

function setup(options: CommerceEngineOptions = {}) {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock, ...options })
  const cart = readyCart(engine)
  const request = (number = '4242424242424242') => ({
    cartVersion: cart.version,
    payment: { methodId: 'card', token: createTestCardToken(engine, number) },
  })
  return { clock, engine, cart, request }
}

describe('idempotent order placement', () => {
  it('answers a replay of the same key and body with the same order, charged once', async () => {
    const { engine, cart, request } = setup()
    const body = request()
    const context = { idempotencyKey: randomUUID() }
    const first = await engine.placeOrder(cart.id, body, context)
    const again = await engine.placeOrder(cart.id, body, context)
    expect(again).toEqual(first)
    expect(engine.payments.charges()).toHaveLength(1)
  })

  it('replays a decline too, so a retry never charges a second time', async () => {
    const { engine, cart, request } = setup()
    const body = request('4000000000009995')
    const context = { idempotencyKey: randomUUID() }
    await expect(engine.placeOrder(cart.id, body, context)).rejects.toEqual(
      refused(402, 'insufficient_funds'),
    )
    await expect(engine.placeOrder(cart.id, body, context)).rejects.toEqual(
      refused(402, 'insufficient_funds'),
    )
  })

  it('answers a retry with a fresh card token from the stored result (a reload)', async () => {
    const { engine, cart, request } = setup()
    const context = { idempotencyKey: randomUUID() }
    const first = await engine.placeOrder(cart.id, request(), context)
    await expect(engine.placeOrder(cart.id, request(), context)).resolves.toEqual(first)
    expect(engine.payments.charges()).toHaveLength(1)
  })

  it('refuses the same key for another attempt (422 idempotency_key_reused)', async () => {
    const { engine, cart, request } = setup()
    const context = { idempotencyKey: randomUUID() }
    await engine.placeOrder(cart.id, request(), context)
    const other = { ...request(), cartVersion: cart.version + 1 }
    await expect(engine.placeOrder(cart.id, other, context)).rejects.toEqual(
      refused(422, 'idempotency_key_reused'),
    )
    expect(engine.payments.charges()).toHaveLength(1)
  })

  it('refuses the same key with another card (422 idempotency_key_reused), charging nothing', async () => {
    const { engine, cart, request } = setup()
    const context = { idempotencyKey: randomUUID() }
    await engine.placeOrder(cart.id, request('4242424242424242'), context)
    for (const number of ['4000056655665556', '5555555555554444', '4000000000000002']) {
      await expect(engine.placeOrder(cart.id, request(number), context)).rejects.toEqual(
        refused(422, 'idempotency_key_reused'),
      )
    }
    const unknown = { cartVersion: cart.version, payment: { methodId: 'card', token: 'tok_x' } }
    await expect(engine.placeOrder(cart.id, unknown, context)).rejects.toEqual(
      refused(422, 'idempotency_key_reused'),
    )
    expect(engine.payments.charges()).toHaveLength(1)
  })

  it('answers a retry with the same (used-up) token, and a decline with another card never', async () => {
    const { clock, engine, cart, request } = setup()
    const declined = request('4000000000000002')
    const context = { idempotencyKey: randomUUID() }
    await expect(engine.placeOrder(cart.id, declined, context)).rejects.toEqual(
      refused(402, 'card_declined'),
    )
    // Long after the token expired, the page's retry resends it: still the stored decline.
    clock.advance(3600_000)
    await expect(engine.placeOrder(cart.id, declined, context)).rejects.toEqual(
      refused(402, 'card_declined'),
    )
    await expect(engine.placeOrder(cart.id, request(), context)).rejects.toEqual(
      refused(422, 'idempotency_key_reused'),
    )
    expect(engine.payments.charges()).toHaveLength(0)
  })

  it('refuses an overlapping request with the same key (409 in flight), making one order', async () => {
    const { engine, cart, request } = setup({ paymentLatencyMs: 20 })
    const body = request()
    const context = { idempotencyKey: randomUUID() }
    const results = await Promise.allSettled([
      engine.placeOrder(cart.id, body, context),
      engine.placeOrder(cart.id, body, context),
      engine.placeOrder(cart.id, body, context),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected'])
    for (const result of results.slice(1)) {
      expect(result).toMatchObject({
        reason: { code: 'CONFLICT', status: 409, reason: 'idempotency_key_in_flight' },
      })
    }
    expect(engine.payments.charges()).toHaveLength(1)
  })

  it('forgets a key after its TTL (24 h by default, by the engine clock)', async () => {
    const { clock, engine, cart, request } = setup()
    const context = { idempotencyKey: randomUUID() }
    const first = await engine.placeOrder(cart.id, request(), context)
    clock.advance(24 * 3600_000 - 1000)
    await expect(engine.placeOrder(cart.id, request(), context)).resolves.toEqual(first)
    clock.advance(1000)
    // The key is free again: the request runs, and meets the cart it already ordered.
    await expect(engine.placeOrder(cart.id, request(), context)).rejects.toEqual(
      refused(409, 'cart_already_ordered'),
    )
  })

  it('honours a configured TTL', async () => {
    const { clock, engine, cart, request } = setup({ idempotencyTtlMs: 60_000 })
    const context = { idempotencyKey: randomUUID() }
    await engine.placeOrder(cart.id, request(), context)
    clock.advance(60_000)
    await expect(engine.placeOrder(cart.id, request(), context)).rejects.toEqual(
      refused(409, 'cart_already_ordered'),
    )
  })

  it('needs a key of 1 to 255 characters', async () => {
    const { engine, cart, request } = setup()
    for (const idempotencyKey of ['', 'k'.repeat(256)]) {
      await expect(engine.placeOrder(cart.id, request(), { idempotencyKey })).rejects.toEqual(
        refused(400, 'idempotency_key_required'),
      )
    }
  })
})

describe('payment attempt limits', () => {
  it('allows 10 attempts per cart in 15 minutes, then 429 with a retry time', async () => {
    const { clock, engine, cart, request } = setup()
    const attempt = () =>
      engine.placeOrder(cart.id, request('4000000000000002'), { idempotencyKey: randomUUID() })
    for (let i = 0; i < 10; i++)
      await expect(attempt()).rejects.toEqual(refused(402, 'card_declined'))
    const limited = await attempt().catch((error: unknown) => error)
    expect(limited).toEqual(refused(429, 'too_many_attempts'))
    expect(limited).toMatchObject({ retryAfterSeconds: 900 })
    clock.advance(15 * 60_000)
    await expect(attempt()).rejects.toEqual(refused(402, 'card_declined'))
  })

  it('allows 30 attempts per client across carts', async () => {
    const { engine, request } = setup()
    const attempt = (client: string) => {
      const cart = readyCart(engine)
      const body = { ...request('4000000000000002'), cartVersion: cart.version }
      return engine.placeOrder(cart.id, body, { idempotencyKey: randomUUID(), client })
    }
    for (let i = 0; i < 30; i++) await attempt('198.51.100.7').catch(() => undefined)
    await expect(attempt('198.51.100.7')).rejects.toEqual(refused(429, 'too_many_attempts'))
    await expect(attempt('203.0.113.9')).rejects.toEqual(refused(402, 'card_declined'))
  })
})
