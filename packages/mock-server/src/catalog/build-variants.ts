import type { CatalogVariant, PriceList } from './types.js'

export interface VariantSpec {
  /** SKU stem; each option value is appended, e.g. `MERINO-CREW` → `MERINO-CREW-NAVY-M`. */
  skuPrefix: string
  prices: PriceList
  /** Option name → values in display order; every combination becomes a variant. */
  options?: Readonly<Record<string, readonly string[]>>
  /** Stock of every variant not listed in `stockBySku`; omit to leave stock untracked. */
  stock?: number
  stockBySku?: Readonly<Record<string, number>>
}

/** Expands option lists into variants so the catalog reads like a merchant's spreadsheet. */
export function buildVariants(spec: VariantSpec): CatalogVariant[] {
  let combinations: Record<string, string>[] = [{}]
  for (const [name, values] of Object.entries(spec.options ?? {})) {
    combinations = combinations.flatMap((chosen) =>
      values.map((value) => ({ ...chosen, [name]: value })),
    )
  }
  return combinations.map((options) => {
    const sku = [spec.skuPrefix, ...Object.values(options).map(skuPart)].join('-')
    const stock = spec.stockBySku?.[sku] ?? spec.stock
    return { sku, options, prices: spec.prices, ...(stock === undefined ? {} : { stock }) }
  })
}

function skuPart(value: string): string {
  return value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
