import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { MAX_SKU_LENGTH } from './limits.js'
import { moneySchema } from './money.js'

export const skuSchema = deferred(() =>
  z.string().check(z.minLength(1), z.maxLength(MAX_SKU_LENGTH)),
)

export const variantSchema = deferred(() =>
  z.object({
    sku: skuSchema,
    /** Option values that tell this variant apart, e.g. `{ size: 'M', colour: 'Navy' }`. */
    options: z.record(z.string(), z.string()),
    price: moneySchema,
    /** Units that can still be sold; absent when stock is not tracked. */
    stock: z.optional(z.int().check(z.nonnegative())),
  }),
)

export const productSchema = deferred(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    imageUrl: z.string(),
    variants: z.array(variantSchema),
  }),
)

export const productListSchema = deferred(() => z.object({ products: z.array(productSchema) }))

export type Variant = z.infer<typeof variantSchema>
export type Product = z.infer<typeof productSchema>
