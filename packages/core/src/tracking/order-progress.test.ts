import { describe, expect, it } from 'vitest'
import type { Order } from '../schemas/order.js'
import type { Shipment, ShipmentStatus, Tracking } from '../schemas/tracking.js'
import { orderProgress } from './order-progress.js'

const order = (status: Order['status']) => ({ status }) as Order

function tracking(...statuses: ShipmentStatus[]): Tracking {
  const shipment = (status: ShipmentStatus, index: number): Shipment => ({
    id: `s${index}`,
    index: index + 1,
    count: statuses.length,
    status,
    trackingNumber: null,
    estimatedDelivery: null,
    items: [],
    events: [],
  })
  return { orderId: 'o', shipments: statuses.map(shipment) }
}

describe('orderProgress', () => {
  it('is delivered once every package is, even while the order still says shipped', () => {
    expect(orderProgress(order('fulfilled'), tracking('delivered', 'delivered'))).toEqual({
      state: 'delivered',
    })
  })

  it('counts the packages of a partly shipped or partly delivered order', () => {
    expect(orderProgress(order('confirmed'), tracking('in_transit', 'info_received'))).toEqual({
      state: 'partially_shipped',
      shipped: 1,
      count: 2,
    })
    expect(orderProgress(order('fulfilled'), tracking('delivered', 'out_for_delivery'))).toEqual({
      state: 'partially_delivered',
      delivered: 1,
      count: 2,
    })
    expect(orderProgress(order('fulfilled'), tracking('exception', 'in_transit'))).toEqual({
      state: 'shipped',
    })
  })

  it('calls a labelled parcel not shipped yet, and trusts the order without tracking', () => {
    expect(orderProgress(order('confirmed'), tracking('pending', 'info_received'))).toEqual({
      state: 'confirmed',
    })
    expect(orderProgress(order('fulfilled'), null)).toEqual({ state: 'shipped' })
    expect(orderProgress(order('delivered'), null)).toEqual({ state: 'delivered' })
    expect(orderProgress(order('cancelled'), tracking('delivered'))).toEqual({ state: 'cancelled' })
  })
})
