// docs/post-purchase.md, verbatim (docs-snippets.test.ts); the carrier's side is declared below.
import { collapseRepeatedScans, currentShipmentStatus } from '@weship/checkout-core'

const events = collapseRepeatedScans(scansFromCarrierWebhooks.map(toTrackingEvent))
const shipment = { ...rest, events, status: currentShipmentStatus(events) }

import type { Shipment, TrackingEvent } from '@weship/checkout-core'

interface CarrierScan {
  code: string
  at: string
}
declare const scansFromCarrierWebhooks: CarrierScan[]
declare function toTrackingEvent(scan: CarrierScan): TrackingEvent
declare const rest: Omit<Shipment, 'events' | 'status'>
export const typed: Shipment = shipment
