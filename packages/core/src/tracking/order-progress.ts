import type { Order } from '../schemas/order.js'
import type { Shipment, ShipmentStatus, Tracking } from '../schemas/tracking.js'

/**
 * Where the whole order stands, for its headline: counted over the packages when tracking is
 * known (it moves while the page is open), else the order's own status.
 */
export type OrderProgress =
  | { state: 'confirmed' | 'shipped' | 'delivered' | 'cancelled' }
  | { state: 'partially_shipped'; shipped: number; count: number }
  | { state: 'partially_delivered'; delivered: number; count: number }

// Before these the carrier does not hold the parcel yet (a label is not a shipment).
const notHandedOver: ReadonlySet<ShipmentStatus> = new Set([
  'pending',
  'info_received',
  'cancelled',
])

const handedOver = (shipment: Shipment) => !notHandedOver.has(shipment.status)
const arrived = (shipment: Shipment) => shipment.status === 'delivered'

export function orderProgress(order: Order, tracking: Tracking | null): OrderProgress {
  if (order.status === 'cancelled') return { state: 'cancelled' }
  const shipments = tracking?.shipments ?? []
  const count = shipments.length
  if (count === 0) {
    return { state: order.status === 'fulfilled' ? 'shipped' : order.status }
  }
  const delivered = shipments.filter(arrived).length
  if (delivered === count) return { state: 'delivered' }
  if (delivered > 0) return { state: 'partially_delivered', delivered, count }
  const shipped = shipments.filter(handedOver).length
  if (shipped === count) return { state: 'shipped' }
  if (shipped > 0) return { state: 'partially_shipped', shipped, count }
  return { state: 'confirmed' }
}
