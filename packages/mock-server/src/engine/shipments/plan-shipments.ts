import type { DeliveryEstimate, Order, ShipmentItem, ShipmentStatus } from '@weship/checkout-core'
import type carrierEnglish from '@weship/checkout-core/locales/carrier/en.json'
import { localeMessages, serverLocale } from '../../locales/server-locale.js'
import { carrierTrackingUrl, trackingNumberFor } from './carrier-links.js'
import {
  choosePath,
  type EstimateChange,
  type ShipmentPathName,
  shipmentPaths,
} from './shipment-paths.js'

const HOUR_MS = 3600_000
/** The second package of a split order leaves the warehouse a day after the first. */
export const SECOND_PACKAGE_DELAY_MS = 24 * HOUR_MS
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
  const { shippingAddress, shippingOption } = order
  const path = choosePath(shippingAddress.postalCode ?? '', shippingOption.kind)
  // A Japanese or Emirati address has no city: the region names the place then.
  const place = shippingAddress.city || shippingAddress.region
  const destination = place ? `${place}, ${shippingAddress.country}` : shippingAddress.country
  const placedAt = Date.parse(order.createdAt)

  return parcels.map((parcelItems, offset) => {
    const index = offset + 1
    const id = `${order.id}-${index}`
    const labelAt = placedAt + offset * SECOND_PACKAGE_DELAY_MS
    const trackingNumber = trackingNumberFor(order.id, index)
    const trackingUrl = carrierTrackingUrl(shippingOption.carrier, trackingNumber)
    const scans = shipmentPaths[path].map((scan, scanIndex) => {
      const location =
        scan.at === 'origin' ? WAREHOUSE : scan.at === 'destination' ? destination : undefined
      return {
        id: `${id}-${scanIndex + 1}`,
        status: scan.status,
        at: labelAt + scan.afterHours * HOUR_MS,
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
