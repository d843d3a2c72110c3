import type { ShipmentStatus } from '@weship/checkout-core'

/** How a scan moves the delivery estimate: to its own day, or later by whole days. */
export type EstimateChange = { kind: 'today' } | { kind: 'later'; days: number }

/** One carrier scan of a simulated path, `afterHours` after the package's label was created. */
export interface PathScan {
  status: ShipmentStatus
  afterHours: number
  description: string
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
  { status: 'pending', afterHours: 0, description: 'Shipping label created' },
  { status: 'info_received', afterHours: 2, description: 'The carrier received the details' },
  { status: 'in_transit', afterHours: 8, description: 'Picked up', at: 'origin' },
  // Carriers scan again at the same place; the tracking API and the messages fold these.
  { status: 'in_transit', afterHours: 9, description: 'Picked up', at: 'origin' },
  { status: 'in_transit', afterHours: 30, description: 'At the delivery hub', at: 'destination' },
  { status: 'in_transit', afterHours: 31, description: 'At the delivery hub', at: 'destination' },
]

const out = (afterHours: number): PathScan => ({
  status: 'out_for_delivery',
  afterHours,
  description: 'Out for delivery',
  at: 'destination',
  estimate: { kind: 'today' },
})
const delivered = (afterHours: number, description = 'Delivered'): PathScan => ({
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
      description: 'Delayed: the label was damaged and is being replaced',
      at: 'destination',
      estimate: { kind: 'later', days: 2 },
    },
    { status: 'in_transit', afterHours: 60, description: 'Relabelled', at: 'destination' },
    out(96),
    delivered(102),
  ],
  attempt_failed: [
    ...firstMile,
    out(48),
    {
      status: 'attempt_failed',
      afterHours: 53,
      description: 'Nobody was home; another attempt follows',
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
      description: 'Ready to collect at the pickup point',
      at: 'destination',
      estimate: { kind: 'today' },
    },
    delivered(80, 'Collected by the recipient'),
  ],
  return_to_sender: [
    ...firstMile,
    {
      status: 'exception',
      afterHours: 36,
      description: 'Address not found',
      at: 'destination',
    },
    {
      status: 'return_to_sender',
      afterHours: 60,
      description: 'Returning to the sender',
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
