import { orderSchema } from '@weship/checkout-core'
import * as z from 'zod/mini'

/** An order as the engine keeps it: the status token only as a hash, plus who and which cart. */
export const storedOrderSchema = z.extend(z.omit(orderSchema, { statusToken: true }), {
  cartId: z.string(),
  customerId: z.optional(z.string()),
  /** SHA-256 of the status token: a leaked snapshot does not open the order pages. */
  statusTokenHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  statusTokenExpiresAt: z.iso.datetime(),
})

export type StoredOrder = z.infer<typeof storedOrderSchema>
