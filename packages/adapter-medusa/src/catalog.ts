import { CheckoutError, decimalToMoney, isHttpUrl, type Product } from '@weship/checkout-core'
import * as z from 'zod/mini'
import {
  type MedusaProduct,
  medusaProductSchema,
  type medusaVariantSchema,
} from './medusa-schemas.js'
import type { StoreClient } from './store-client.js'

const PAGE = 100
const productsAnswer = z.object({
  products: z.array(medusaProductSchema),
  count: z.optional(z.number()),
})
const skuAnswer = z.object({
  products: z.array(
    z.object({
      variants: z.nullish(z.array(z.object({ id: z.string(), sku: z.nullish(z.string()) }))),
    }),
  ),
})
const OPTION_FIELDS = 'id,title,variants.id,*variants.options,*variants.options.option'
const CATALOG_FIELDS = [
  'id',
  'title',
  'description',
  'thumbnail',
  '*variants',
  '*variants.options',
  '*variants.options.option',
  '*variants.calculated_price',
  '+variants.inventory_quantity',
].join(',')

export function unknownSku(sku: string): CheckoutError {
  return new CheckoutError('VALIDATION', `No product has the SKU ${sku}.`, {
    reason: 'unknown_sku',
    fieldErrors: [{ field: 'sku', message: `No product has the SKU ${sku}.` }],
  })
}

/** The contract speaks SKUs, Medusa's carts variant ids: each SKU is looked up once. */
export function createCatalog(client: StoreClient) {
  const variantIds = new Map<string, Promise<string | undefined>>()

  function variantIdFor(sku: string, signal?: AbortSignal): Promise<string | undefined> {
    let found = variantIds.get(sku)
    if (!found) {
      found = client
        .request({
          path: '/store/products',
          query: { 'variants.sku': sku, fields: 'id,variants.id,variants.sku', limit: '10' },
          schema: skuAnswer,
          signal,
        })
        .then((answer) =>
          answer.products.flatMap((p) => p.variants ?? []).find((v) => v.sku === sku),
        )
        .then((variant) => variant?.id)
      variantIds.set(sku, found)
      // Only a found id is worth keeping: a SKU added to the shop later should be found then.
      found.then(
        (id) => id ?? variantIds.delete(sku),
        () => variantIds.delete(sku),
      )
    }
    return found
  }

  async function listProducts(regionId: string, currency: string, signal?: AbortSignal) {
    const products: Product[] = []
    for (let offset = 0; ; offset += PAGE) {
      const answer = await client.request({
        path: '/store/products',
        query: {
          region_id: regionId,
          fields: CATALOG_FIELDS,
          limit: String(PAGE),
          offset: String(offset),
        },
        schema: productsAnswer,
        signal,
      })
      products.push(...answer.products.map((product) => toProduct(product, currency)))
      if (answer.products.length < PAGE || offset + PAGE >= (answer.count ?? 0)) return products
    }
  }

  const variantOptions = new Map<string, Record<string, string>>()

  /**
   * `{ Size: 'M' }` of each line's variant: Medusa's store cart lines carry only the variant's
   * title, so the options are read once per product (one request for all new ones) and kept.
   */
  async function optionsOf(
    lines: Array<{ productId: string; variantId: string }>,
    signal?: AbortSignal,
  ) {
    const missing = [
      ...new Set(lines.filter((l) => !variantOptions.has(l.variantId)).map((l) => l.productId)),
    ]
    if (missing.length > 0) {
      const query = new URLSearchParams({ fields: OPTION_FIELDS, limit: '100' })
      for (const id of missing) query.append('id[]', id)
      const answer = await client
        .request({ path: `/store/products?${query}`, schema: productsAnswer, signal })
        // Options are a nicety: when they cannot be read the cart still shows, without them.
        .catch(() => ({ products: [] }))
      for (const variant of answer.products.flatMap((product) => product.variants ?? [])) {
        variantOptions.set(variant.id, optionsRecord(variant))
      }
    }
    return variantOptions
  }

  return { variantIdFor, listProducts, optionsOf }
}

function toProduct(product: MedusaProduct, currency: string): Product {
  const variants = (product.variants ?? []).flatMap((variant) => {
    const amount = variant.calculated_price?.calculated_amount
    if (!variant.sku || amount === null || amount === undefined) return []
    const tracked = variant.manage_inventory && !variant.allow_backorder
    const stock = variant.inventory_quantity
    return [
      {
        sku: variant.sku,
        options: optionsRecord(variant),
        price: decimalToMoney(amount, currency),
        ...(tracked && typeof stock === 'number' ? { stock: Math.max(0, stock) } : {}),
      },
    ]
  })
  return {
    id: product.id,
    name: product.title,
    description: product.description ?? '',
    imageUrl: product.thumbnail && isHttpUrl(product.thumbnail) ? product.thumbnail : '',
    variants,
  }
}

type OptionValues = z.infer<typeof medusaVariantSchema>['options']

function optionsRecord(variant: { options?: OptionValues }): Record<string, string> {
  return Object.fromEntries(
    (variant.options ?? []).flatMap((o) =>
      o.option?.title && o.value ? [[o.option.title, o.value]] : [],
    ),
  )
}
