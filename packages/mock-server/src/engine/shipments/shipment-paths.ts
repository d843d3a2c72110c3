import type { ShipmentStatus } from '@weship/checkout-core'
import type carrierEnglish from '@weship/checkout-core/locales/carrier/en.json'

/** How a scan moves the delivery estimate: to its own day, or later by whole days. */
export type EstimateChange = { kind: 'today' } | { kind: 'later'; days: number }

/** What the demo carrier says of a scan, in the order's language (`locales/carrier/`). */
export type ScanDescription = keyof (typeof carrierEnglish)['scans']

/** One carrier scan of a simulated path, `afterHours` after the package's label was created. */
export interface PathScan {
  status: ShipmentStatus
  afterHours: number
  description: ScanDescription
  /** Where the scan happened: the warehouse, the destination, or none. */
  at?: 'origin' | 'destination'
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

const firstMile: PathScan[] = [
  { status: 'pending', afterHours: 0, description: 'labelCreated' },
  { status: 'info_received', afterHours: 2, description: 'detailsReceived' },
  { status: 'in_transit', afterHours: 8, description: 'pickedUp', at: 'origin' },
  // Carriers scan again at the same place; the tracking API and the messages fold these.
  { status: 'in_transit', afterHours: 9, description: 'pickedUp', at: 'origin' },
  { status: 'in_transit', afterHours: 30, description: 'atDeliveryHub', at: 'destination' },
  { status: 'in_transit', afterHours: 31, description: 'atDeliveryHub', at: 'destination' },
]

const out = (afterHours: number): PathScan => ({
  status: 'out_for_delivery',
  afterHours,
  description: 'outForDelivery',
  at: 'destination',
  estimate: { kind: 'today' },
})
const delivered = (afterHours: number, description: ScanDescription = 'delivered'): PathScan => ({
  status: 'delivered',
  afterHours,
  description,
  at: 'destination',
})

/** The simulated carrier journeys; every one starts with the same first mile. */
export const shipmentPaths: Readonly<Record<ShipmentPathName, readonly PathScan[]>> = {
  delivered: [...firstMile, out(48), out(49), delivered(54)],
  exception: [
    ...firstMile,
    {
      status: 'exception',
      afterHours: 36,
      description: 'labelDamaged',
      at: 'destination',
      estimate: { kind: 'later', days: 2 },
    },
    { status: 'in_transit', afterHours: 60, description: 'relabelled', at: 'destination' },
    out(96),
    delivered(102),
  ],
  attempt_failed: [
    ...firstMile,
    out(48),
    {
      status: 'attempt_failed',
      afterHours: 53,
      description: 'nobodyHome',
      at: 'destination',
      estimate: { kind: 'later', days: 1 },
    },
    out(72),
    delivered(77),
  ],
  available_for_pickup: [
    ...firstMile,
    {
      status: 'available_for_pickup',
      afterHours: 50,
      description: 'readyForPickup',
      at: 'destination',
      estimate: { kind: 'today' },
    },
    delivered(80, 'collected'),
  ],
  return_to_sender: [
    ...firstMile,
    {
      status: 'exception',
      afterHours: 36,
      description: 'addressNotFound',
      at: 'destination',
    },
    {
      status: 'return_to_sender',
      afterHours: 60,
      description: 'returning',
      at: 'destination',
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
