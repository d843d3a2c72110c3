/** A price list per currency: integer minor units, set by the merchant (never FX-converted). */
export type PriceList = Readonly<Record<string, number>>

export interface CatalogVariant {
  /** Readable stock-keeping unit, e.g. `MERINO-CREW-NAVY-M`. */
  sku: string
  /** Option values that tell this variant apart, e.g. `{ colour: 'Navy', size: 'M' }`. */
  options: Readonly<Record<string, string>>
  prices: PriceList
  /** Units that can still be sold; absent when stock is not tracked. */
  stock?: number
}

export interface CatalogProduct {
  id: string
  name: string
  description: string
  /** A small, self-contained SVG document served at `/images/{id}.svg`. */
  imageSvg: string
  variants: readonly CatalogVariant[]
}

export interface Catalog {
  /** Currencies every variant has a price in; the first is the default for new carts. */
  currencies: readonly string[]
  products: readonly CatalogProduct[]
}
