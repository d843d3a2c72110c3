import type { Address, ShippingOption } from '@weship/checkout-core'
import { estimateDelivery, type TransitDays } from './delivery-dates.js'
import { pickupPointsNear } from './pickup-points.js'

/** Minor units per currency; a currency missing here means the service is not sold in it. */
export type PriceList = Readonly<Record<string, number>>

type Kind = ShippingOption['kind']

interface Service {
  kind: Kind
  carrier: string
  /** Local carriers that replace `carrier` in some countries of the zone. */
  localCarriers?: Readonly<Record<string, string>>
  price: PriceList
  transit: TransitDays
}

interface Zone {
  id: string
  services: readonly Service[]
  /** Standard and pickup delivery are free from this merchandise value (after discounts). */
  freeOver?: PriceList
}

type Triple = readonly [number, number, number]

/** One service: kind, carrier, EUR/USD/JPY price and business days in transit (min, max). */
function service(
  kind: Kind,
  carrier: string,
  [EUR, USD, JPY]: Triple,
  [min, max]: readonly [number, number],
  localCarriers?: Readonly<Record<string, string>>,
): Service {
  return { kind, carrier, price: { EUR, USD, JPY }, transit: { min, max }, localCarriers }
}

const freeOver: PriceList = { EUR: 10_000, USD: 11_000, JPY: 15_000 }

const euCountries = new Set(
  'AT BE BG CY CZ DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
)
const euStandard = { FR: 'La Poste Colissimo', ES: 'Correos', IT: 'Poste Italiane', NL: 'PostNL' }
const euPickup = { FR: 'Mondial Relay', NL: 'PostNL Point' }

// Rates of a Berlin warehouse: cheapest at home, then the EU, then the rest of the world.
const zones: Record<'de' | 'eu' | 'gb' | 'us' | 'jp' | 'intl', Zone> = {
  de: {
    id: 'de',
    freeOver,
    services: [
      service('standard', 'DHL Paket', [495, 550, 800], [1, 2]),
      service('express', 'DHL Express', [1290, 1400, 2100], [1, 1]),
      service('pickup', 'DHL Packstation', [395, 450, 650], [1, 3]),
    ],
  },
  eu: {
    id: 'eu',
    freeOver,
    services: [
      service('standard', 'DHL Parcel', [695, 790, 1100], [2, 4], euStandard),
      service('express', 'UPS Express Saver', [1990, 2200, 3200], [1, 2]),
      service('pickup', 'DHL ServicePoint', [495, 550, 800], [3, 5], euPickup),
    ],
  },
  gb: {
    id: 'gb',
    services: [
      service('standard', 'Royal Mail', [895, 990, 1400], [3, 5]),
      service('express', 'UPS Express Saver', [2490, 2790, 4000], [1, 2]),
    ],
  },
  us: {
    id: 'us',
    services: [
      service('standard', 'USPS', [1495, 1500, 2300], [5, 8]),
      service('express', 'UPS Worldwide Express', [3495, 3500, 5400], [2, 3]),
    ],
  },
  jp: {
    id: 'jp',
    services: [
      service('standard', 'Japan Post', [1695, 1900, 2500], [6, 10]),
      service('express', 'DHL Express', [3995, 4400, 6000], [2, 4]),
    ],
  },
  intl: {
    id: 'intl',
    services: [
      service('standard', 'DHL Parcel International', [1995, 2200, 3200], [7, 14]),
      service('express', 'DHL Express', [4495, 4900, 7000], [3, 5]),
    ],
  },
}

const countryZones: Readonly<Record<string, Zone | undefined>> = {
  GB: zones.gb,
  US: zones.us,
  JP: zones.jp,
}

function zoneOf(country: string): Zone {
  if (country === 'DE') return zones.de
  if (euCountries.has(country)) return zones.eu
  return countryZones[country] ?? zones.intl
}

const labels: Record<Kind, string> = {
  standard: 'Standard delivery',
  express: 'Express delivery',
  pickup: 'Pickup point',
}

export interface ShippingQuoteRequest {
  country: string
  currency: string
  /** Merchandise value after discounts, in minor units: it decides free shipping. */
  merchandise: number
  /** A free-shipping promo code is in force: standard and pickup cost nothing. */
  freeShipping: boolean
  now: Date
  /** The shipping address, for the pickup points near it; without it pickup options list none. */
  address?: Address
}

/**
 * The delivery options to a country, priced in the cart's currency. Ids name the zone and the
 * kind (`eu-pickup`), so an option survives an address change within its zone and lapses outside.
 */
export function quoteShipping(request: ShippingQuoteRequest): ShippingOption[] {
  const zone = zoneOf(request.country)
  const threshold = zone.freeOver?.[request.currency]
  const freeByValue = threshold !== undefined && request.merchandise >= threshold
  return zone.services.flatMap((service) => {
    const price = service.price[request.currency]
    if (price === undefined) return []
    const free = service.kind !== 'express' && (request.freeShipping || freeByValue)
    const carrier = service.localCarriers?.[request.country] ?? service.carrier
    const points =
      service.kind === 'pickup' && request.address
        ? { pickupPoints: pickupPointsNear(request.address, carrier) }
        : {}
    return [
      {
        id: `${zone.id}-${service.kind}`,
        kind: service.kind,
        label: labels[service.kind],
        carrier,
        price: { amount: free ? 0 : price, currency: request.currency },
        estimatedDelivery: estimateDelivery(request.now, service.transit),
        ...points,
      },
    ]
  })
}
