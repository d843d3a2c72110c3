import type { Order } from '../schemas/order.js'
import type { DeliveryEstimate } from '../schemas/shipping.js'
import type { Shipment, ShipmentStatus, Tracking } from '../schemas/tracking.js'

// Statuses after which a parcel's story is over: nothing more to poll for.
const finalStatuses: ReadonlySet<ShipmentStatus> = new Set([
  'delivered',
  'return_to_sender',
  'expired',
  'cancelled',
])

/** True when no shipment can change any more (or the order was cancelled). */
export function isTrackingFinished(order: Order, tracking: Tracking | null): boolean {
  if (order.status === 'cancelled') return true
  if (!tracking || tracking.shipments.length === 0) return false
  return tracking.shipments.every((shipment) => finalStatuses.has(shipment.status))
}

/** Every package delivered: the moment to ask for feedback. */
export function isDelivered(tracking: Tracking | null): boolean {
  return Boolean(tracking?.shipments.length) && Boolean(tracking?.shipments.every(delivered))
}

const delivered = (shipment: Shipment) => shipment.status === 'delivered'

/**
 * When the rest arrives: the span of the open packages' latest estimates, else the delivery option
 * chosen at checkout while no package has an estimate yet. Null once nothing is on its way.
 */
export function estimatedDelivery(
  order: Order,
  tracking: Tracking | null,
): DeliveryEstimate | null {
  const open = tracking?.shipments.filter((shipment) => !delivered(shipment)) ?? []
  if (tracking?.shipments.length && open.length === 0) return null
  const estimates = open.flatMap((shipment) =>
    shipment.estimatedDelivery ? [shipment.estimatedDelivery] : [],
  )
  if (estimates.length === 0) return order.shippingOption.estimatedDelivery ?? null
  return {
    earliest: estimates.map((estimate) => estimate.earliest).sort()[0] ?? '',
    latest:
      estimates
        .map((estimate) => estimate.latest)
        .sort()
        .at(-1) ?? '',
  }
}

/** When the last package arrived, once all have. */
export function deliveredAt(tracking: Tracking | null): string | null {
  if (!isDelivered(tracking)) return null
  const times = tracking?.shipments.map((shipment) => shipment.deliveredAt ?? '').sort() ?? []
  return times.at(-1) || null
}

/** A fingerprint of what the shopper sees, so a refresh knows whether anything moved. */
export function trackingFingerprint(tracking: Tracking): string {
  return JSON.stringify(
    tracking.shipments.map((shipment) => [
      shipment.status,
      shipment.events.length,
      shipment.estimatedDelivery,
      shipment.trackingNumber,
    ]),
  )
}
