import * as z from 'zod/mini'

/** The token from a cart reminder's link (`?weship_cart=<token>` on the shop's page). */
export const recoverCartRequestSchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(200)),
})

export type RecoverCartRequest = z.infer<typeof recoverCartRequestSchema>
