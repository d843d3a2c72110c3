import * as z from 'zod/mini'
import { deferred } from './deferred.js'

/** The token from a cart reminder's link (`?weship_cart=<token>` on the shop's page). */
export const recoverCartRequestSchema = deferred(() =>
  z.object({
    token: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
)

export type RecoverCartRequest = z.infer<typeof recoverCartRequestSchema>
