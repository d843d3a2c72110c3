import { CheckoutError, type Product } from '@weship/checkout-core'
import * as z from 'zod/mini'
import type { createGraphqlClient } from './graphql-client.js'
import { imageUrlOf } from './map-cart.js'

const PAGE = 100

const productsQuery = `query WeshipProducts($take: Int!, $skip: Int!) {
  products(options: { take: $take, skip: $skip }) {
    totalItems
    items {
      id name description featuredAsset { preview }
      variants { id sku price priceWithTax currencyCode options { name group { name } } }
    }
  }
}`

const productsSchema = z.object({
  products: z.object({
    totalItems: z.int(),
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        featuredAsset: z.nullish(z.object({ preview: z.string() })),
        variants: z.array(
          z.object({
            id: z.string(),
            sku: z.string(),
            price: z.int(),
            priceWithTax: z.int(),
            currencyCode: z.string(),
            options: z.array(z.object({ name: z.string(), group: z.object({ name: z.string() }) })),
          }),
        ),
      }),
    ),
  }),
})
type VendureProduct = z.infer<typeof productsSchema>['products']['items'][number]

/**
 * The Shop API finds variants by id, the widget by SKU: the catalog is read once per adapter
 * (in pages of 100, Vendure's default list limit) and kept as a SKU index. Large catalogs
 * pass the adapter a `findVariantId` instead (e.g. backed by a search plugin).
 */
export function createCatalog(client: ReturnType<typeof createGraphqlClient>) {
  let loading: Promise<VendureProduct[]> | undefined

  async function loadAll(signal?: AbortSignal): Promise<VendureProduct[]> {
    const all: VendureProduct[] = []
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await client.request({
        query: productsQuery,
        variables: { take: PAGE, skip },
        schema: productsSchema,
        signal,
      })
      all.push(...data.products.items)
      if (data.products.items.length < PAGE || all.length >= data.products.totalItems) return all
    }
  }

  function products(signal?: AbortSignal): Promise<VendureProduct[]> {
    loading ??= loadAll(signal).catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }

  return {
    /** Prices as the cart shows them: with tax only where the channel's prices include it. */
    async listProducts(
      currency: string,
      taxIncluded: boolean,
      signal?: AbortSignal,
    ): Promise<Product[]> {
      return (await products(signal)).map((product) => ({
        id: product.id,
        name: product.name,
        description: product.description,
        imageUrl: imageUrlOf(product.featuredAsset) ?? '',
        variants: product.variants
          .filter((variant) => variant.currencyCode === currency)
          .map((variant) => ({
            sku: variant.sku,
            options: Object.fromEntries(variant.options.map((o) => [o.group.name, o.name])),
            price: {
              amount: taxIncluded ? variant.priceWithTax : variant.price,
              currency: variant.currencyCode,
            },
          })),
      }))
    },

    async variantIdFor(sku: string, signal?: AbortSignal): Promise<string | undefined> {
      for (const product of await products(signal)) {
        const variant = product.variants.find((candidate) => candidate.sku === sku)
        if (variant) return variant.id
      }
      return undefined
    },
  }
}

export function unknownSku(sku: string): CheckoutError {
  return new CheckoutError('VALIDATION', `No product has the SKU ${sku}.`, {
    reason: 'unknown_sku',
    fieldErrors: [{ field: 'sku', message: 'unknown SKU' }],
  })
}
