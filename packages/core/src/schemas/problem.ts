import * as z from 'zod/mini'
import { deferred } from './deferred.js'

/** RFC 9457 problem document, with our `code` and per-field `errors`. */
export const problemSchema = deferred(() =>
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    code: z.string(),
    reason: z.optional(z.string()),
    /** On `cart_version_mismatch`: the cart's current version. */
    cartVersion: z.optional(z.int()),
    errors: z.optional(
      z.array(z.object({ field: z.string(), message: z.string(), reason: z.optional(z.string()) })),
    ),
  }),
)

export type Problem = z.infer<typeof problemSchema>
