import { randomUUID } from 'node:crypto'
import type { PlaceOrderResult } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { DEMO_EMAIL, DEMO_PASSWORD } from '../accounts/demo-account.js'
import { createFixedClock } from '../clock.js'
import { type CommerceEngine, createCommerceEngine } from '../commerce-engine.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import { hashToken } from '../secrets.js'
import { readyCart } from './order-fixtures.js'
import { createOrderStore } from './order-store.js'

const notFound = expect.objectContaining({ status: 404, reason: 'order_not_found' })

async function placeOrder(
  engine: CommerceEngine,
  email = 'ada@example.com',
  sessionToken?: string,
) {
  const cart = readyCart(engine, { email })
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
  const context = { idempotencyKey: randomUUID(), ...(sessionToken ? { sessionToken } : {}) }
  const result: PlaceOrderResult = await engine.placeOrder(
    cart.id,
    { cartVersion: cart.version, payment },
    context,
  )
  if (result.status !== 'completed') throw new Error('Expected an order')
  return result.order
}

describe('reading an order', () => {
  it('shows the order to the holder of its status token, without the token', async () => {
    const engine = createCommerceEngine()
    const placed = await placeOrder(engine)
    const { statusToken, ...order } = placed
    expect(engine.getOrder(placed.id, statusToken)).toEqual(order)
  })

  it('answers the same 404 for a wrong, missing or expired token and an unknown order', async () => {
    const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
    const engine = createCommerceEngine({ clock })
    const order = await placeOrder(engine)
    expect(() => engine.getOrder(order.id, 'wrong-token')).toThrow(notFound)
    expect(() => engine.getOrder(order.id, undefined)).toThrow(notFound)
    expect(() => engine.getOrder(order.id, 'x'.repeat(5000))).toThrow(notFound)
    expect(() => engine.getOrder('no-such-order', order.statusToken)).toThrow(notFound)
    clock.advance(90 * 24 * 3600_000)
    expect(() => engine.getOrder(order.id, order.statusToken)).toThrow(notFound)
  })
})

describe('orders and accounts', () => {
  it("lists orders placed while signed in (never guests' orders by e-mail), and keeps the address", async () => {
    const engine = createCommerceEngine()
    const { token } = await engine.signIn({ email: DEMO_EMAIL, password: DEMO_PASSWORD })
    const signedIn = await placeOrder(engine, 'dana.other@example.com', token)
    // A guest order with the account's e-mail: unverified sign-ups must not see it.
    await placeOrder(engine, 'Demo@WeShip.dev')
    await placeOrder(engine, 'someone@example.com')
    const customer = engine.getCustomer(token)
    expect(customer.orders).toEqual([
      {
        id: signedIn.id,
        number: 'WS-10001',
        total: signedIn.receipt.total,
        createdAt: signedIn.createdAt,
      },
    ])
    expect(customer.addresses.map((address) => address.city)).toEqual([
      'Berlin',
      'San Francisco',
      'Berlin',
    ])
  })

  it('ignores a stale session: the order is placed as a guest', async () => {
    const engine = createCommerceEngine()
    const order = await placeOrder(engine, 'ada@example.com', 'ses_stale')
    expect(order.number).toBe('WS-10001')
  })
})

describe('snapshots', () => {
  it('keep orders, numbers, stock and status tokens (as hashes), never card tokens', async () => {
    const engine = createCommerceEngine()
    const order = await placeOrder(engine)
    const unused = createTestCardToken(engine, '4242424242424242')
    const text = JSON.stringify(engine.exportState())
    expect(text).not.toContain(order.statusToken)
    expect(text).not.toContain(unused)
    expect(text).not.toMatch(/tok_|4242424242424242/)

    const restored = createCommerceEngine({ state: JSON.parse(text) })
    expect(restored.getOrder(order.id, order.statusToken).number).toBe('WS-10001')
    expect((await placeOrder(restored)).number).toBe('WS-10002')
    const stock = restored.listProducts('EUR').flatMap((product) => product.variants)
    expect(stock.find((variant) => variant.sku === 'COTTON-TEE-WHITE-M')?.stock).toBe(100 - 2 - 2)
    const payment = { methodId: 'card', token: unused }
    const cart = readyCart(restored)
    await expect(
      restored.placeOrder(cart.id, { cartVersion: cart.version, payment }, { idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ reason: 'payment_token_invalid' })
    const orderedCart = restored.exportState().orders?.[0]?.cartId ?? ''
    expect(() =>
      restored.addItem(orderedCart, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 }),
    ).toThrow(expect.objectContaining({ reason: 'cart_already_ordered' }))
  })
})

describe('lookup grants', () => {
  it('are pruned by the engine clock, so a clock behind the wall clock keeps live ones', async () => {
    const clock = createFixedClock(new Date('2020-01-01T00:00:00Z'))
    const engine = createCommerceEngine({ clock })
    const placed = await placeOrder(engine)
    const store = createOrderStore(engine.exportState().orders)
    const now = clock.now()
    const expiresAt = new Date(now.getTime() + 60 * 60 * 1000).toISOString()
    store.grantToken(placed.id, hashToken('kept'), expiresAt, now)
    // Past 10 000 grants the next one prunes: live by the engine, long gone by the wall clock.
    for (let index = 0; index <= 10_000; index += 1) {
      store.grantToken(placed.id, hashToken(`filler-${index}`), expiresAt, now)
    }
    expect(store.readWithToken(placed.id, 'kept', now)?.id).toBe(placed.id)
  })
})
