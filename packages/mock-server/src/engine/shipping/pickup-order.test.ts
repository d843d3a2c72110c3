import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { berlinAddress } from '../orders/order-fixtures.js'
import { createTestCardToken } from '../payments/test-card-token.js'

const DAY = 24 * 3600_000
const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })

function shop() {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  return { clock, engine: createCommerceEngine({ clock }) }
}

describe('a pickup order', () => {
  it('keeps the point chosen, travels there and says when the package is ready', async () => {
    const { engine, clock } = shop()
    const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    engine.setContact(cart.id, { email: 'pia@example.com' })
    engine.setShippingAddress(cart.id, berlinAddress)
    const pickup = engine.listShippingOptions(cart.id).find((option) => option.kind === 'pickup')
    const [nearest, , farthest] = pickup?.pickupPoints ?? []
    expect(nearest?.distanceMeters).toBeLessThan(farthest?.distanceMeters ?? 0)
    // Without a point the nearest is taken; asking for another keeps that one, even on a re-pick.
    expect(engine.selectShippingOption(cart.id, 'de-pickup').pickupPoint).toEqual(nearest)
    engine.selectShippingOption(cart.id, 'de-pickup', farthest?.id)
    const ready = engine.selectShippingOption(cart.id, 'de-pickup')
    expect(ready.pickupPoint).toEqual(farthest)
    expect(() => engine.selectShippingOption(cart.id, 'de-standard', farthest?.id)).toThrow(
      refused(422, 'pickup_point_unavailable'),
    )
    const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
    const placed = await engine.placeOrder(
      cart.id,
      { cartVersion: ready.version, payment },
      { idempotencyKey: 'pickup' },
    )
    if (placed.status !== 'completed') throw new Error('expected an order')
    expect(placed.order.pickupPoint).toEqual(farthest)
    expect(placed.order.shippingOption.pickupPoints).toBeUndefined()
    clock.advance(10 * DAY)
    const due = engine.takeDueMessages()
    expect(due.map((message) => message.kind)).toEqual([
      'order_confirmation',
      'shipped',
      'ready_for_pickup',
      'delivered',
    ])
    const tracking = engine.getTracking(placed.order.id, placed.order.statusToken)
    expect(tracking.shipments[0]?.events.at(-2)?.location).toBe(`${farthest?.name}, Berlin, DE`)
  })
})
