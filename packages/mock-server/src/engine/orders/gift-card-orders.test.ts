import { randomUUID } from 'node:crypto'
import type { PlaceOrderResult } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import { readyCart } from './order-fixtures.js'

const key = () => ({ idempotencyKey: randomUUID() })
const setup = () =>
  createCommerceEngine({ clock: createFixedClock(new Date('2026-11-26T10:00:00Z')) })

function orderOf(result: PlaceOrderResult) {
  if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
  return result.order
}

describe('orders with codes', () => {
  it('offers only the gift card method when gift cards cover the total, and spends them', async () => {
    const engine = setup()
    const cart = engine.applyCode(readyCart(engine).id, 'GIFT-DEMO-EURO-0500')
    expect(cart.amountDue.amount).toBe(0)
    expect(engine.listPaymentMethods(cart.id)).toEqual([
      { id: 'gift_card', type: 'gift_card', label: 'Gift card' },
    ])
    const payment = { methodId: 'gift_card' }
    const order = orderOf(
      await engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key()),
    )
    expect(order.receipt.payments).toEqual([
      { type: 'gift_card', label: 'Gift card •••• 0500', last4: '0500', amount: cart.total },
    ])
    expect(order.giftCards).toEqual(cart.giftCards)
    expect(engine.payments.charges()).toEqual([])
    const next = engine.applyCode(readyCart(engine).id, 'GIFT-DEMO-EURO-0500')
    expect(next.giftCards[0]?.remainingBalance.amount).toBe(50_000 - 2 * cart.total.amount)
  })

  it('splits a partial gift card and a card on the receipt, charging the card the rest', async () => {
    const engine = setup()
    const cart = engine.applyCode(readyCart(engine).id, 'GIFT-DEMO-EURO-0050')
    const methods = engine.listPaymentMethods(cart.id)
    expect(methods.map((method) => method.id)).toEqual(['card'])
    const payment = { methodId: 'card', token: createTestCardToken(engine, '5555555555554444') }
    const order = orderOf(
      await engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key()),
    )
    expect(order.receipt.payments).toEqual([
      {
        type: 'gift_card',
        label: 'Gift card •••• 0050',
        last4: '0050',
        amount: { amount: 5000, currency: 'EUR' },
      },
      {
        type: 'card',
        label: 'Mastercard •••• 4444',
        brand: 'mastercard',
        last4: '4444',
        amount: cart.amountDue,
      },
    ])
    expect(engine.payments.charges()[0]?.amount).toEqual(cart.amountDue)
    const again = readyCart(engine)
    expect(() => engine.applyCode(again.id, 'GIFT-DEMO-EURO-0050')).toThrow(
      expect.objectContaining({ reason: 'gift_card_empty' }),
    )
  })

  it('records a once-per-customer promo code as used by the order e-mail', async () => {
    const engine = setup()
    const cart = engine.applyCode(readyCart(engine, { email: 'grace@example.com' }).id, 'WELCOME10')
    const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
    const order = orderOf(
      await engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key()),
    )
    expect(order.receipt.discounts.map((discount) => discount.code)).toEqual(['WELCOME10'])
    const next = readyCart(engine, { email: 'grace@example.com' })
    expect(() => engine.applyCode(next.id, 'WELCOME10')).toThrow(
      expect.objectContaining({ reason: 'code_already_used' }),
    )
  })
})
