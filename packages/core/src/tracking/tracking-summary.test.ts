import { describe, expect, it } from 'vitest'
import type { Order } from '../schemas/order.js'
import type { Shipment, Tracking } from '../schemas/tracking.js'
import {
  deliveredAt,
  estimatedDelivery,
  isDelivered,
  isTrackingFinished,
} from './tracking-summary.js'

const order = {
  status: 'confirmed',
  shippingOption: { estimatedDelivery: { earliest: '2026-12-01', latest: '2026-12-03' } },
} as unknown as Order

function shipment(overrides: Partial<Shipment>): Shipment {
  return {
    id: 's',
    index: 1,
    count: 1,
    status: 'in_transit',
    trackingNumber: 'WS1',
    estimatedDelivery: null,
    items: [],
    events: [],
    ...overrides,
  }
}
const tracking = (...shipments: Shipment[]): Tracking => ({ orderId: 'o', shipments })

describe('tracking summary', () => {
  it('spans the open packages’ estimates, else falls back to the chosen delivery option', () => {
    const first = shipment({ estimatedDelivery: { earliest: '2026-12-02', latest: '2026-12-02' } })
    const second = shipment({ estimatedDelivery: { earliest: '2026-12-03', latest: '2026-12-05' } })
    expect(estimatedDelivery(order, tracking(first, second))).toEqual({
      earliest: '2026-12-02',
      latest: '2026-12-05',
    })
    expect(estimatedDelivery(order, tracking(shipment({})))).toEqual({
      earliest: '2026-12-01',
      latest: '2026-12-03',
    })
    expect(estimatedDelivery(order, null)).toEqual(order.shippingOption.estimatedDelivery)
  })

  it('is delivered when every package is, at the last one’s time, and then stops polling', () => {
    const done = shipment({ status: 'delivered', deliveredAt: '2026-12-02T10:00:00.000Z' })
    const later = shipment({ status: 'delivered', deliveredAt: '2026-12-03T09:00:00.000Z' })
    expect(isDelivered(tracking(done, shipment({})))).toBe(false)
    expect(estimatedDelivery(order, tracking(done, later))).toBeNull()
    expect(deliveredAt(tracking(later, done))).toBe('2026-12-03T09:00:00.000Z')
    expect(isTrackingFinished(order, tracking(done, later))).toBe(true)
    expect(
      isTrackingFinished(order, tracking(done, shipment({ status: 'return_to_sender' }))),
    ).toBe(true)
    expect(isTrackingFinished(order, tracking(done, shipment({ status: 'exception' })))).toBe(false)
  })
})
