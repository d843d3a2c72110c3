import type { CheckoutAdapter } from '../../adapter.js'
import { feedbackSchema } from '../../schemas/feedback.js'
import type { Order } from '../../schemas/order.js'
import { type Tracking, trackingSchema } from '../../schemas/tracking.js'
import { expectFailure } from './expect-failure.js'
import type { ConformanceFixtures } from './fixtures.js'
import { newIdempotencyKey, readyToPay } from './prepare.js'
import { describe, expect, it } from './vitest.js'

export async function placedOrder(backend: CheckoutAdapter, fixtures: ConformanceFixtures) {
  const cart = await readyToPay(backend, fixtures)
  const request = { cartVersion: cart.version, payment: await fixtures.payment.success(cart) }
  const result = await backend.placeOrder(cart.id, request, {
    idempotencyKey: newIdempotencyKey(),
  })
  if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
  return result.order
}

export function tokenOf(order: Order) {
  return { token: order.statusToken ?? '' }
}

/** Every event once, oldest first, and the shipment's status its latest event's. */
function expectCoherent(tracking: Tracking, order: Order) {
  trackingSchema.parse(tracking)
  expect(tracking.orderId).toBe(order.id)
  expect(tracking.shipments.length).toBeGreaterThan(0)
  const shipped = new Map<string, number>()
  for (const shipment of tracking.shipments) {
    expect(shipment.count).toBe(tracking.shipments.length)
    const times = shipment.events.map((event) => Date.parse(event.occurredAt))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(new Set(shipment.events.map((event) => event.id)).size).toBe(shipment.events.length)
    shipment.events.forEach((event, index) => {
      const before = shipment.events[index - 1]
      const repeat = before?.status === event.status && before.location === event.location
      expect(repeat, `event ${event.id} repeats the one before`).toBe(false)
    })
    expect(shipment.status).toBe(shipment.events.at(-1)?.status ?? 'pending')
    for (const item of shipment.items) {
      shipped.set(item.sku, (shipped.get(item.sku) ?? 0) + item.quantity)
    }
  }
  const ordered = new Map(order.receipt.items.map((item) => [item.sku, item.quantity]))
  expect(shipped).toEqual(ordered)
}

const optionalTracking = 'optional: capabilities.tracking is false'

export function trackingSuite(fixtures: ConformanceFixtures): void {
  const adapter = () => Promise.resolve(fixtures.createAdapter())

  describe('tracking and feedback', () => {
    it('tracks an order with its token only, and delivers it in time', async ({ skip }) => {
      const backend = await adapter()
      if (!backend.capabilities.tracking || !backend.getTracking) return skip(optionalTracking)
      const order = await placedOrder(backend, fixtures)
      expect(order.status).toBe('confirmed')
      expectCoherent(await backend.getTracking(order.id, tokenOf(order)), order)
      await expectFailure(backend.getTracking(order.id, { token: 'wrong-token' }), 'ADAPTER')
      const { tracking } = fixtures
      if (!tracking) return
      await tracking.advanceTime(tracking.deliveredWithinMs)
      const later = await backend.getTracking(order.id, tokenOf(order))
      expectCoherent(later, order)
      for (const shipment of later.shipments) {
        expect(shipment.status).toBe('delivered')
        expect(shipment.deliveredAt).toBeDefined()
        expect(shipment.trackingNumber).toBeTruthy()
      }
      // Every package has arrived: the order says so too.
      expect((await backend.getOrder(order.id, tokenOf(order))).status).toBe('delivered')
    })

    it('takes one rating per order, refusing a bad one without storing it', async ({ skip }) => {
      const backend = await adapter()
      if (!backend.capabilities.tracking || !backend.submitFeedback) return skip(optionalTracking)
      const order = await placedOrder(backend, fixtures)
      const access = tokenOf(order)
      await expectFailure(backend.submitFeedback(order.id, { rating: 6 }, access), 'VALIDATION')
      await expectFailure(
        backend.submitFeedback(order.id, { rating: 5 }, { token: 'wrong-token' }),
        'ADAPTER',
      )
      const feedback = feedbackSchema.parse(
        await backend.submitFeedback(order.id, { rating: 4, comment: 'Quick, thanks' }, access),
      )
      expect(feedback).toMatchObject({ orderId: order.id, rating: 4, comment: 'Quick, thanks' })
      await expectFailure(backend.submitFeedback(order.id, { rating: 1 }, access), 'CONFLICT')
    })

    it('says when a recovery token leads to no cart', async ({ skip }) => {
      const backend = await adapter()
      if (!backend.capabilities.cartRecovery || !backend.recoverCart) {
        return skip('optional: capabilities.cartRecovery is false, or no recoverCart')
      }
      const error = await expectFailure(backend.recoverCart('no-such-recovery-0000'), 'ADAPTER')
      expect(error.reason).toBe('cart_not_found')
    })
  })
}
