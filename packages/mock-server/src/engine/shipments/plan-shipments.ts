import type { DeliveryEstimate, Order, ShipmentItem, ShipmentStatus } from '@weship/checkout-core'
import type carrierEnglish from '@weship/checkout-core/locales/carrier/en.json'
import { localeMessages, serverLocale } from '../../locales/server-locale.js'
import { dispatchDate } from '../shipping/delivery-dates.js'
import { carrierTrackingUrl, trackingNumberFor } from './carrier-links.js'
import {
  choosePath,
  type EstimateChange,
  type JourneyTimes,
  type ShipmentPathName,
  shipmentPaths,
} from './shipment-paths.js'

const HOUR_MS = 3600_000
/** The warehouse prints a package's label this long after the order. */
const LABEL_AFTER_MS = 2 * HOUR_MS
/** The second package of a split order is labelled this much later, at a second warehouse. */
export const SECOND_PACKAGE_DELAY_MS = 3 * HOUR_MS
/** A parcel is picked up this long after its label, and never before its dispatch day's 15:00 UTC. */
const PICKUP_AFTER_MS = 6 * HOUR_MS
const PICKUP_HOUR_UTC = 15
/** Deliveries arrive at 13:00 UTC of their day (14:00 in Berlin's winter). */
const ARRIVAL_HOUR_UTC = 13
// Without a promised date (a backend option without an estimate), the trip takes two days.
const UNPROMISED_TRIP_MS = 52 * HOUR_MS
// The warehouse outside Berlin: a place name, in no language of its own.
const WAREHOUSE = 'Großbeeren, DE'

export interface PlannedScan {
  id: string
  status: ShipmentStatus
  at: number
  description: string
  location?: string
  estimate?: EstimateChange
}

/** A package's whole simulated journey, fixed at purchase; tracking shows the part already past. */
export interface PlannedShipment {
  id: string
  index: number
  count: number
  path: ShipmentPathName
  carrier?: string
  trackingNumber: string
  trackingUrl?: string
  items: ShipmentItem[]
  initialEstimate: DeliveryEstimate | null
  scans: PlannedScan[]
}

const atHour = (date: string, hour: number) => Date.parse(`${date}T00:00:00Z`) + hour * HOUR_MS

/**
 * When the package passes each landmark. It arrives on a day it was promised: the first package
 * on the earliest, the second on the latest (a second warehouse is a little further away).
 */
function journeyTimes(order: Order, offset: number): JourneyTimes {
  const placedAt = Date.parse(order.createdAt)
  const label = placedAt + LABEL_AFTER_MS + offset * SECOND_PACKAGE_DELAY_MS
  const dispatched = atHour(dispatchDate(new Date(placedAt)), PICKUP_HOUR_UTC)
  const pickup = Math.max(label + PICKUP_AFTER_MS, dispatched)
  const promise = order.shippingOption.estimatedDelivery
  const day = promise && (offset > 0 ? promise.latest : promise.earliest)
  // Never before it could get there: the out-for-delivery scans need the hub behind them.
  const arrival = Math.max(
    day ? atHour(day, ARRIVAL_HOUR_UTC) : pickup + UNPROMISED_TRIP_MS,
    pickup + 12 * HOUR_MS,
  )
  // At the hub in the middle of the trip, or the evening before when the trip is long.
  const hub = Math.max(
    pickup + 2 * HOUR_MS,
    Math.min(arrival - 18 * HOUR_MS, (pickup + arrival) / 2),
  )
  return { label, pickup, hub, arrival }
}

/**
 * Orders of one line ship in one package; orders of several lines in two ("Package 1 of 2"
 * holds the first line, the second the rest), as if stocked in two warehouses.
 */
export function planShipments(order: Order): PlannedShipment[] {
  // The demo carrier answers in the order's language, as carriers' APIs do when asked to.
  const { scans: words } = localeMessages<typeof carrierEnglish>(
    'carrier',
    serverLocale(order.locale).language,
  )
  const items = order.receipt.items.map(({ sku, name, quantity }) => ({ sku, name, quantity }))
  const parcels = items.length > 1 ? [items.slice(0, 1), items.slice(1)] : [items]
  const { shippingAddress, shippingOption, pickupPoint } = order
  const path = choosePath(shippingAddress.postalCode ?? '', shippingOption.kind)
  // A pickup order travels to its point; the scans there name it. A Japanese or Emirati address
  // has no city: the region names the place then.
  const place = shippingAddress.city || shippingAddress.region
  const { name, address } = pickupPoint ?? {}
  const destination = (
    name
      ? [name, address?.city || address?.region, address?.country]
      : [place, shippingAddress.country]
  )
    .filter(Boolean)
    .join(', ')

  return parcels.map((parcelItems, offset) => {
    const index = offset + 1
    const id = `${order.id}-${index}`
    const trackingNumber = trackingNumberFor(order.id, index)
    const trackingUrl = carrierTrackingUrl(shippingOption.carrier, trackingNumber)
    const times = journeyTimes(order, offset)
    const scans = shipmentPaths[path](times).map((scan, scanIndex) => {
      const location =
        scan.place === 'origin' ? WAREHOUSE : scan.place === 'destination' ? destination : undefined
      return {
        id: `${id}-${scanIndex + 1}`,
        status: scan.status,
        at: scan.at,
        description: words[scan.description],
        ...(location ? { location } : {}),
        ...(scan.estimate ? { estimate: scan.estimate } : {}),
      }
    })
    return {
      id,
      index,
      count: parcels.length,
      path,
      ...(shippingOption.carrier ? { carrier: shippingOption.carrier } : {}),
      trackingNumber,
      ...(trackingUrl ? { trackingUrl } : {}),
      items: parcelItems,
      initialEstimate: shippingOption.estimatedDelivery,
      scans,
    }
  })
}
