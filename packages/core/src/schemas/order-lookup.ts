import * as z from 'zod/mini'
import { deferred } from './deferred.js'

/** What a shopper knows without the link: the order number and the e-mail it was placed with. */
export const orderLookupRequestSchema = deferred(() =>
  z.object({
    number: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    email: z.string().check(z.trim(), z.minLength(3), z.maxLength(254)),
  }),
)

/** A fresh capability token for the order, as if from its link, with its own expiry. */
export const orderLookupSchema = deferred(() =>
  z.object({
    orderId: z.string(),
    token: z.string(),
    expiresAt: z.iso.datetime(),
  }),
)

export type OrderLookupRequest = z.infer<typeof orderLookupRequestSchema>
export type OrderLookup = z.infer<typeof orderLookupSchema>
