import { randomUUID } from 'node:crypto'
import type { PlaceOrderResult } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { answerTestChallenge, createTestCardToken } from '../payments/test-card-token.js'
import { readyCart } from './order-fixtures.js'

const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })
const key = () => ({ idempotencyKey: randomUUID() })

async function challenged() {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock, paymentOrigin: 'http://127.0.0.1:4999' })
  const cart = readyCart(engine)
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4000002760003184') }
  const result = await engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key())
  if (result.status !== 'action_required') throw new Error('Expected a 3-D Secure action')
  return { clock, engine, cart, action: result.action }
}

function orderOf(result: PlaceOrderResult) {
  if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
  return result.order
}

describe('3-D Secure', () => {
  it('asks for a challenge on the payment origin, charging nothing yet', async () => {
    const { engine, action } = await challenged()
    expect(action).toEqual({
      id: expect.stringMatching(/^act_[\w-]{22}$/),
      type: 'three_d_secure',
      url: `http://127.0.0.1:4999/3ds/${action.id}`,
    })
    expect(engine.payments.challenges.get(action.id)).toMatchObject({
      status: 'pending',
      brand: 'visa',
      last4: '3184',
    })
    expect(engine.payments.charges()).toEqual([])
  })

  it('completes the order once the shopper passes, and only once', async () => {
    const { engine, cart, action } = await challenged()
    expect(answerTestChallenge(engine, action.id, 'pass')).toBe(true)
    const context = key()
    const order = orderOf(await engine.completePaymentAction(cart.id, action.id, context))
    expect(order.receipt.payments[0]).toMatchObject({ brand: 'visa', last4: '3184' })
    expect(await engine.completePaymentAction(cart.id, action.id, context)).toMatchObject({
      order: { id: order.id },
    })
    // Even under another key: the action has one outcome.
    expect(orderOf(await engine.completePaymentAction(cart.id, action.id, key())).id).toBe(order.id)
    expect(engine.payments.charges()).toHaveLength(1)
    expect(answerTestChallenge(engine, action.id, 'fail')).toBe(false)
  })

  it('declines with authentication_failed when the shopper fails the challenge', async () => {
    const { engine, cart, action } = await challenged()
    answerTestChallenge(engine, action.id, 'fail')
    await expect(engine.completePaymentAction(cart.id, action.id, key())).rejects.toEqual(
      refused(402, 'authentication_failed'),
    )
    expect(engine.payments.charges()).toEqual([])
    // The cart stays open for another card.
    const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
    const retry = await engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key())
    expect(retry.status).toBe('completed')
  })

  it('treats completing an unanswered or expired challenge as abandoned', async () => {
    const first = await challenged()
    await expect(
      first.engine.completePaymentAction(first.cart.id, first.action.id, key()),
    ).rejects.toEqual(refused(402, 'authentication_failed'))
    expect(answerTestChallenge(first.engine, first.action.id, 'pass')).toBe(false)

    const late = await challenged()
    late.clock.advance(15 * 60_000)
    expect(answerTestChallenge(late.engine, late.action.id, 'pass')).toBe(false)
    await expect(
      late.engine.completePaymentAction(late.cart.id, late.action.id, key()),
    ).rejects.toEqual(refused(402, 'authentication_failed'))
  })

  it('refuses to complete when the cart changed during the challenge', async () => {
    const { engine, cart, action } = await challenged()
    engine.addItem(cart.id, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    answerTestChallenge(engine, action.id, 'pass')
    await expect(engine.completePaymentAction(cart.id, action.id, key())).rejects.toEqual(
      refused(409, 'cart_version_mismatch'),
    )
    expect(engine.payments.charges()).toEqual([])
  })

  it('answers 404 for an unknown action or one of another cart', async () => {
    const { engine, action } = await challenged()
    const other = readyCart(engine)
    await expect(engine.completePaymentAction(other.id, action.id, key())).rejects.toEqual(
      refused(404, 'payment_action_not_found'),
    )
    await expect(engine.completePaymentAction(other.id, 'act_nope', key())).rejects.toEqual(
      refused(404, 'payment_action_not_found'),
    )
  })
})
