import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { answerTestChallenge, createTestCardToken } from '../payments/test-card-token.js'
import { readyCart } from './order-fixtures.js'

const key = () => ({ idempotencyKey: randomUUID() })

describe('the amount a card is charged', () => {
  it('is never more than it was authorized for, even when a shared gift card is spent meanwhile', async () => {
    const engine = createCommerceEngine({
      clock: createFixedClock(new Date('2026-11-26T10:00:00Z')),
    })
    const big = readyCart(engine, { items: [{ sku: 'WEEKENDER-KHAKI', quantity: 5 }] })
    const shared = engine.applyCode(big.id, 'GIFT-DEMO-EURO-0500')
    const token = createTestCardToken(engine, '4000002760003184')
    const request = { cartVersion: shared.version, payment: { methodId: 'card', token } }
    const started = await engine.placeOrder(shared.id, request, key())
    if (started.status !== 'action_required') throw new Error('expected 3-D Secure')

    // Another cart spends part of the same gift card while the shopper authenticates.
    const small = engine.applyCode(readyCart(engine).id, 'GIFT-DEMO-EURO-0500')
    const paidByGiftCard = { cartVersion: small.version, payment: { methodId: 'gift_card' } }
    await engine.placeOrder(small.id, paidByGiftCard, key())

    answerTestChallenge(engine, started.action.id, 'pass')
    await expect(engine.completePaymentAction(shared.id, started.action.id, key())).rejects.toEqual(
      expect.objectContaining({ status: 409, reason: 'amount_due_changed' }),
    )
    expect(engine.payments.charges()).toEqual([])
  })
})
