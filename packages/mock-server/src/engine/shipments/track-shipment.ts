import {
  collapseRepeatedScans,
  currentShipmentStatus,
  type DeliveryEstimate,
  type Shipment,
} from '@weship/checkout-core'
import type { PlannedScan, PlannedShipment } from './plan-shipments.js'

const DAY_MS = 24 * 3600_000
const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10)
const shift = (date: string, days: number) => dateOf(Date.parse(date) + days * DAY_MS)

/** The package as the carrier has reported it by `now`. */
export function trackShipment(plan: PlannedShipment, now: Date): Shipment {
  const seen = plan.scans.filter((scan) => scan.at <= now.getTime())
  const events = collapseRepeatedScans(
    seen.map((scan) => ({
      id: scan.id,
      status: scan.status,
      occurredAt: new Date(scan.at).toISOString(),
      description: scan.description,
      ...(scan.location ? { location: scan.location } : {}),
    })),
  )
  const status = currentShipmentStatus(events)
  const deliveredAt = events.find((event) => event.status === 'delivered')?.occurredAt
  // The number exists once the label is printed: the first scan.
  const labelled = seen.length > 0
  return {
    id: plan.id,
    index: plan.index,
    count: plan.count,
    status,
    ...(plan.carrier ? { carrier: plan.carrier } : {}),
    trackingNumber: labelled ? plan.trackingNumber : null,
    ...(labelled && plan.trackingUrl ? { trackingUrl: plan.trackingUrl } : {}),
    estimatedDelivery: deliveredAt
      ? null
      : notBefore(estimateAfter(plan.initialEstimate, seen), dateOf(now.getTime())),
    items: plan.items.map((item) => ({ ...item })),
    events,
    ...(deliveredAt ? { deliveredAt } : {}),
  }
}

/**
 * A package still on its way arrives today at the earliest: a late one (the second package of a
 * split order, a slow carrier) must not show a range that is already over.
 */
function notBefore(estimate: DeliveryEstimate | null, today: string): DeliveryEstimate | null {
  if (!estimate) return null
  const earliest = laterDate(estimate.earliest, today)
  return { earliest, latest: laterDate(estimate.latest, earliest) }
}

/** The later of two ISO dates, which compare as strings. */
const laterDate = (a: string, b: string) => (a < b ? b : a)

/** The promise made at checkout, moved by each scan that changes it. */
export function estimateAfter(
  initial: DeliveryEstimate | null,
  scans: readonly PlannedScan[],
): DeliveryEstimate | null {
  let estimate = initial
  for (const scan of scans) {
    const change = scan.estimate
    if (!change) continue
    if (change.kind === 'today') {
      const day = dateOf(scan.at)
      estimate = { earliest: day, latest: day }
    } else if (estimate) {
      estimate = {
        earliest: shift(estimate.earliest, change.days),
        latest: shift(estimate.latest, change.days),
      }
    }
  }
  return estimate
}
