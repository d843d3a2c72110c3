import type { ShipmentStatus } from '@weship/checkout-core'
import type carrierEnglish from '@weship/checkout-core/locales/carrier/en.json'

const HOUR_MS = 3600_000
const DAY_MS = 24 * HOUR_MS

/** How a scan moves the delivery estimate: to its own day, or later by whole days. */
export type EstimateChange = { kind: 'today' } | { kind: 'later'; days: number }

/**
 * When a package's journey passes its landmarks (ms since the epoch): the label, the pickup at the
 * warehouse, the hub near the destination, and the arrival the carrier promised.
 */
export interface JourneyTimes {
  label: number
  pickup: number
  hub: number
  arrival: number
}

/** What the demo carrier says of a scan, in the order's language (`locales/carrier/`). */
export type ScanDescription = keyof (typeof carrierEnglish)['scans']

/** One carrier scan of a simulated path, at a time derived from the journey. */
export interface PathScan {
  status: ShipmentStatus
  at: number
  description: ScanDescription
  /** Where the scan happened: the warehouse, the destination (or its pickup point), or none. */
  place?: 'origin' | 'destination'
  estimate?: EstimateChange
}

export const shipmentPathNames = [
  'delivered',
  'exception',
  'attempt_failed',
  'available_for_pickup',
  'return_to_sender',
] as const
export type ShipmentPathName = (typeof shipmentPathNames)[number]

/** Label, pickup and hub. Carriers scan again at the same place; tracking and messages fold those. */
function firstMile(t: JourneyTimes): PathScan[] {
  return [
    { status: 'info_received', at: t.label, description: 'labelCreated' },
    { status: 'in_transit', at: t.pickup, description: 'pickedUp', place: 'origin' },
    { status: 'in_transit', at: t.pickup + HOUR_MS, description: 'pickedUp', place: 'origin' },
    { status: 'in_transit', at: t.hub, description: 'atDeliveryHub', place: 'destination' },
    {
      status: 'in_transit',
      at: t.hub + HOUR_MS,
      description: 'atDeliveryHub',
      place: 'destination',
    },
  ]
}

/** Out for delivery on the morning of the day it arrives, and again an hour later. */
const outFor = (arrival: number): PathScan[] =>
  [6, 5].map((hours) => ({
    status: 'out_for_delivery',
    at: arrival - hours * HOUR_MS,
    description: 'outForDelivery',
    place: 'destination',
    estimate: { kind: 'today' },
  }))
const delivered = (at: number, description: ScanDescription = 'delivered'): PathScan => ({
  status: 'delivered',
  at,
  description,
  place: 'destination',
})
// A problem is found at the hub, two hours after the parcel got there.
const troubleAt = (t: JourneyTimes) => t.hub + 3 * HOUR_MS

/**
 * The simulated carrier journeys. The plain path keeps the promise made at checkout; the others
 * break it only with an event that says why, and move the estimate by what it costs.
 */
export const shipmentPaths: Readonly<Record<ShipmentPathName, (t: JourneyTimes) => PathScan[]>> = {
  delivered: (t) => [...firstMile(t), ...outFor(t.arrival), delivered(t.arrival)],
  exception: (t) => [
    ...firstMile(t),
    {
      status: 'exception',
      at: troubleAt(t),
      description: 'labelDamaged',
      place: 'destination',
      estimate: { kind: 'later', days: 2 },
    },
    {
      status: 'in_transit',
      at: troubleAt(t) + DAY_MS,
      description: 'relabelled',
      place: 'destination',
    },
    ...outFor(t.arrival + 2 * DAY_MS),
    delivered(t.arrival + 2 * DAY_MS),
  ],
  attempt_failed: (t) => [
    ...firstMile(t),
    ...outFor(t.arrival).slice(0, 1),
    {
      status: 'attempt_failed',
      at: t.arrival - HOUR_MS,
      description: 'nobodyHome',
      place: 'destination',
      estimate: { kind: 'later', days: 1 },
    },
    ...outFor(t.arrival + DAY_MS).slice(0, 1),
    delivered(t.arrival + DAY_MS),
  ],
  available_for_pickup: (t) => [
    ...firstMile(t),
    {
      status: 'available_for_pickup',
      at: t.arrival - 4 * HOUR_MS,
      description: 'readyForPickup',
      place: 'destination',
      estimate: { kind: 'today' },
    },
    delivered(t.arrival + DAY_MS, 'collected'),
  ],
  return_to_sender: (t) => [
    ...firstMile(t),
    {
      status: 'exception',
      at: troubleAt(t),
      description: 'addressNotFound',
      place: 'destination',
    },
    {
      status: 'return_to_sender',
      at: troubleAt(t) + DAY_MS,
      description: 'returning',
      place: 'destination',
    },
  ],
}

/** Postal code endings that pick a path, so demos and tests choose one (docs/post-purchase.md). */
export const pathByPostalCodeEnding: Readonly<Record<string, ShipmentPathName>> = {
  '13': 'exception',
  '22': 'attempt_failed',
  '33': 'available_for_pickup',
  '44': 'return_to_sender',
}

/** The path for a destination: pickup options wait at the point; else the postal code decides. */
export function choosePath(postalCode: string, optionKind: string): ShipmentPathName {
  if (optionKind === 'pickup') return 'available_for_pickup'
  const ending = postalCode.replaceAll(/\s/g, '').slice(-2)
  return pathByPostalCodeEnding[ending] ?? 'delivered'
}
