import type { Address } from '@weship/checkout-core'

export interface TaxRule {
  /** Basis points: 1900 = 19 %. */
  rateBp: number
  /** VAT is in the prices already; US sales tax comes on top. */
  included: boolean
  /** Whether delivery is taxed like the goods. */
  onShipping: boolean
}

// US sales tax where the demo shop has nexus (state rates only, no local add-ons); shipping is
// taxable in some states and not in others when it is stated separately.
const usSalesTax: Readonly<Record<string, TaxRule | undefined>> = {
  CA: { rateBp: 725, included: false, onShipping: false },
  NY: { rateBp: 400, included: false, onShipping: true },
  TX: { rateBp: 625, included: false, onShipping: true },
  WA: { rateBp: 650, included: false, onShipping: true },
  FL: { rateBp: 600, included: false, onShipping: true },
  IL: { rateBp: 625, included: false, onShipping: false },
  PA: { rateBp: 600, included: false, onShipping: true },
  MA: { rateBp: 625, included: false, onShipping: false },
}

// Standard VAT rates of the EU and the UK; delivery follows the goods' rate.
const vatRates: Readonly<Record<string, number | undefined>> = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  FR: 2000,
  GB: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
}

const noTax: TaxRule = { rateBp: 0, included: false, onShipping: false }

/** The tax that applies at a destination; exports outside the table carry none. */
export function taxRuleFor(address: Pick<Address, 'country' | 'region'>): TaxRule {
  if (address.country === 'US') return usSalesTax[address.region ?? ''] ?? noTax
  const vat = vatRates[address.country]
  return vat === undefined ? noTax : { rateBp: vat, included: true, onShipping: true }
}
