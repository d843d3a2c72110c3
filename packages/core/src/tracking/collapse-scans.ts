import type { ShipmentStatus, TrackingEvent } from '../schemas/tracking.js'

/**
 * Carrier scans in time order with repeats folded away: a scan that repeats the status and place of
 * the one before it adds nothing for the shopper (and must not trigger another e-mail). Backends
 * that feed real carrier webhooks through `getTracking` can reuse it.
 */
export function collapseRepeatedScans(scans: readonly TrackingEvent[]): TrackingEvent[] {
  const ordered = [...scans].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt))
  const kept: TrackingEvent[] = []
  for (const scan of ordered) {
    const last = kept.at(-1)
    if (last && last.status === scan.status && last.location === scan.location) continue
    kept.push(scan)
  }
  return kept
}

/** A shipment's status is its latest event's; `pending` before the carrier has scanned it. */
export function currentShipmentStatus(events: readonly TrackingEvent[]): ShipmentStatus {
  return events.at(-1)?.status ?? 'pending'
}
