import { CheckoutError, type Product, skuSchema } from '@weship/checkout-core'
import type { Catalog, CatalogProduct, CatalogVariant } from '../catalog/types.js'

export interface CatalogEntry {
  product: CatalogProduct
  variant: CatalogVariant
}

export interface CatalogIndex {
  currencies: readonly string[]
  findVariant(sku: string): CatalogEntry | undefined
  findProduct(productId: string): CatalogProduct | undefined
  /** The catalog as the wire sees it in one currency: fresh objects on every call. */
  listProducts(currency: string, imageUrl: (productId: string) => string): Product[]
  /** Takes sold units out of a tracked stock (an order was placed). */
  sell(sku: string, quantity: number): void
}

/** Indexes a catalog by SKU, refusing one that would break prices or lookups later. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const bySku = new Map<string, CatalogEntry>()
  const byId = new Map<string, CatalogProduct>()
  if (catalog.currencies.length === 0) invalid('it lists no currency')
  for (const product of catalog.products) {
    if (byId.has(product.id)) invalid(`product id "${product.id}" appears twice`)
    byId.set(product.id, product)
    for (const variant of product.variants) {
      if (!skuSchema.safeParse(variant.sku).success) invalid(`SKU "${variant.sku}" is malformed`)
      if (bySku.has(variant.sku)) invalid(`SKU "${variant.sku}" appears twice`)
      for (const currency of catalog.currencies) {
        if (!Number.isSafeInteger(variant.prices[currency])) {
          invalid(`${variant.sku} has no integer ${currency} price`)
        }
      }
      // A copy per index: stock moves as orders are placed, the catalog object stays as given.
      bySku.set(variant.sku, { product, variant: { ...variant } })
    }
  }

  const stockOf = (sku: string) => {
    const stock = bySku.get(sku)?.variant.stock
    return stock === undefined ? {} : { stock }
  }

  return {
    currencies: [...catalog.currencies],
    findVariant: (sku) => bySku.get(sku),
    findProduct: (productId) => byId.get(productId),
    listProducts: (currency, imageUrl) =>
      catalog.products.map((product) => ({
        id: product.id,
        name: product.name,
        description: product.description,
        imageUrl: imageUrl(product.id),
        variants: product.variants.map((variant) => ({
          sku: variant.sku,
          options: { ...variant.options },
          price: { amount: unitPrice(variant, currency), currency },
          ...stockOf(variant.sku),
        })),
      })),
    sell(sku, quantity) {
      const variant = bySku.get(sku)?.variant
      if (variant?.stock !== undefined) variant.stock = Math.max(0, variant.stock - quantity)
    },
  }
}

/** The variant's price in minor units; the index has checked that every currency is priced. */
export function unitPrice(variant: CatalogVariant, currency: string): number {
  return variant.prices[currency] ?? Number.NaN
}

function invalid(problem: string): never {
  throw new CheckoutError('CONFIG', `The catalog is not usable: ${problem}.`, {
    reason: 'invalid_catalog',
  })
}
