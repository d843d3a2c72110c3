import * as z from 'zod/mini'
import { moneySchema } from './money.js'

export const skuSchema = z.string().check(z.minLength(1), z.maxLength(64))

export const variantSchema = z.object({
  sku: skuSchema,
  /** Option values that tell this variant apart, e.g. `{ size: 'M', colour: 'Navy' }`. */
  options: z.record(z.string(), z.string()),
  price: moneySchema,
  /** Units that can still be sold; absent when stock is not tracked. */
  stock: z.optional(z.int().check(z.nonnegative())),
})

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  imageUrl: z.string(),
  variants: z.array(variantSchema),
})

export const productListSchema = z.object({ products: z.array(productSchema) })

export type Variant = z.infer<typeof variantSchema>
export type Product = z.infer<typeof productSchema>
