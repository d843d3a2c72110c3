import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { engineStateSchema } from '../engine-state.js'
import { readyCart } from '../orders/order-fixtures.js'
import { createTestCardToken } from '../payments/test-card-token.js'

const HOUR = 3600_000

describe('post-purchase state in a snapshot', () => {
  it('keeps unsubscribes, ratings, reminders and incentive codes across a restart', async () => {
    const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
    const reminders = { delaysMs: [HOUR], incentiveTtlMs: 48 * HOUR }
    const before = createCommerceEngine({ clock, reminders })
    const left = before.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    before.setContact(left.id, { email: 'Left@Example.com', marketingConsent: { email: true } })
    const [confirmation] = before.takeDueMessages()
    if (confirmation?.kind !== 'marketing_confirmation') throw new Error('expected a confirmation')
    before.confirmMarketing(confirmation.confirmationToken)
    const cart = readyCart(before)
    const token = createTestCardToken(before, '4242424242424242')
    const placed = await before.placeOrder(
      cart.id,
      { cartVersion: cart.version, payment: { methodId: 'card', token } },
      { idempotencyKey: 'snapshot' },
    )
    if (placed.status !== 'completed') throw new Error('expected an order')
    before.submitFeedback(placed.order.id, placed.order.statusToken, { rating: 3 })
    clock.advance(HOUR)
    const sentBefore = before.takeDueMessages()
    expect(sentBefore.map((message) => message.kind)).toEqual([
      'order_confirmation',
      'cart_reminder',
    ])
    const reminder = sentBefore.find((message) => message.kind === 'cart_reminder')
    if (reminder?.kind !== 'cart_reminder') throw new Error('expected a reminder')
    const code = reminder.incentive?.code ?? ''
    const unsubscribeToken = reminder.unsubscribeToken ?? ''

    const snapshot = JSON.parse(JSON.stringify(before.exportState()))
    expect(JSON.stringify(snapshot)).not.toContain(unsubscribeToken)
    const after = createCommerceEngine({
      clock,
      reminders,
      state: engineStateSchema.parse(snapshot),
    })
    // The link in the mail sent before the restart still works, and is honoured.
    after.unsubscribe(unsubscribeToken)
    expect(after.exportState().postPurchase?.unsubscribed).toEqual(['left@example.com'])
    expect(() =>
      after.submitFeedback(placed.order.id, placed.order.statusToken, { rating: 5 }),
    ).toThrow(expect.objectContaining({ reason: 'feedback_already_submitted' }))
    const fresh = after.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    expect(after.applyCode(fresh.id, code).discounts).toHaveLength(1)
  })
})
