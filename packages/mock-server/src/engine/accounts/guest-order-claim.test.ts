import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../commerce-engine.js'
import { readyCart } from '../orders/order-fixtures.js'
import { createTestCardToken } from '../payments/test-card-token.js'

async function buy(engine = createCommerceEngine()) {
  const ready = readyCart(engine)
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
  const result = await engine.placeOrder(
    ready.id,
    { cartVersion: ready.version, payment },
    { idempotencyKey: `buy-${ready.id}` },
  )
  if (result.status !== 'completed') throw new Error('expected an order')
  return { engine, order: result.order }
}

describe('an account for a guest order', () => {
  it('keeps the order when its shopper signs up with its token, and only then', async () => {
    const { engine, order } = await buy()
    expect(engine.getOrder(order.id, order.statusToken).hasAccount).toBe(false)
    const claim = { id: order.id, token: order.statusToken ?? '' }
    await engine.signUp({
      email: 'eve@example.com',
      password: 'a long enough password',
      order: claim,
    })
    expect(engine.getOrder(order.id, order.statusToken).hasAccount).toBe(false)
    const session = await engine.signUp({
      email: 'ADA@example.com',
      password: 'a long enough password',
      order: claim,
    })
    expect(engine.getOrder(order.id, order.statusToken).hasAccount).toBe(true)
    expect(session.customer.orders.map((summary) => summary.id)).toEqual([order.id])
  })
})
