import { createHash } from 'node:crypto'
import type { Address, PickupPoint } from '@weship/checkout-core'

interface PointKind {
  /** The point's name; `{n}` is its number. */
  name: string
  openingHours: string
}

// What each pickup carrier of the demo rates calls its points.
const kindsByCarrier: Readonly<Record<string, readonly PointKind[]>> = {
  'DHL Packstation': [
    { name: 'DHL Packstation {n}', openingHours: 'Open 24/7' },
    { name: 'Kiosk am Markt (DHL Paketshop)', openingHours: 'Mon–Sat 7:00–20:00' },
    { name: 'DHL Packstation {n}', openingHours: 'Open 24/7' },
  ],
  'Mondial Relay': [
    { name: 'Tabac de la Gare (Point Relais)', openingHours: 'Mon–Sat 8:00–19:30' },
    { name: 'Locker Mondial Relay {n}', openingHours: 'Open 24/7' },
    { name: 'Pressing du Centre (Point Relais)', openingHours: 'Tue–Sat 9:00–19:00' },
  ],
}
const serviceKinds = (carrier: string): readonly PointKind[] => [
  { name: `${carrier} {n}`, openingHours: 'Mon–Sat 8:00–20:00' },
  { name: `${carrier} {n}`, openingHours: 'Mon–Fri 9:00–18:00' },
  { name: `${carrier} Locker {n}`, openingHours: 'Open 24/7' },
]

const streets: Readonly<Record<string, readonly string[]>> = {
  DE: ['Friedrichstraße', 'Bahnhofstraße', 'Hauptstraße'],
  AT: ['Bahnhofstraße', 'Hauptplatz', 'Kirchengasse'],
  FR: ['Rue de la République', 'Avenue Jean Jaurès', 'Rue Victor Hugo'],
  NL: ['Stationsweg', 'Kerkstraat', 'Dorpsstraat'],
  ES: ['Calle Mayor', 'Avenida de la Constitución', 'Calle Real'],
  IT: ['Via Roma', 'Corso Italia', 'Via Garibaldi'],
}
const anyStreets = ['Market Street', 'Station Road', 'Church Street']
// Nearest first, as a carrier's point finder answers.
const distances = [350, 820, 1400] as const

/**
 * The points of a pickup carrier near an address, nearest first: made up but stable, so a point
 * chosen in the checkout is the same point on the order and in every e-mail.
 */
export function pickupPointsNear(address: Address, carrier: string): PickupPoint[] {
  const place = `${address.country}|${address.postalCode ?? ''}|${address.city ?? ''}`.toLowerCase()
  const digest = createHash('sha256').update(`${carrier}|${place}`).digest()
  const kinds = kindsByCarrier[carrier] ?? serviceKinds(carrier)
  const names = streets[address.country] ?? anyStreets
  return kinds.map((kind, index) => {
    const number = 100 + ((digest[index] ?? 0) % 200)
    return {
      id: `pp-${digest.subarray(0, 6).toString('hex')}-${index + 1}`,
      name: kind.name.replace('{n}', String(number)),
      address: {
        line1: `${names[index % names.length]} ${1 + ((digest[index + 3] ?? 0) % 80)}`,
        ...(address.postalCode ? { postalCode: address.postalCode } : {}),
        ...(address.city ? { city: address.city } : {}),
        ...(address.region ? { region: address.region } : {}),
        country: address.country,
      },
      distanceMeters: distances[index],
      openingHours: kind.openingHours,
    }
  })
}
