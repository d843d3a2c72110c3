import { feedbackSchema } from '@weship/checkout-core'
import * as z from 'zod/mini'

/**
 * What a restart must not forget: who unsubscribed (the law cares), ratings given, and incentive
 * codes already e-mailed. Unsubscribe tokens are kept as SHA-256 hashes, like status tokens.
 */
export const postPurchaseStateSchema = z.object({
  unsubscribeLinks: z.array(
    z.object({ tokenHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)), email: z.string() }),
  ),
  unsubscribed: z.array(z.string()),
  feedback: z.array(feedbackSchema),
  incentives: z.array(
    z.object({
      code: z.string().check(z.maxLength(64)),
      percent: z.number().check(z.gt(0), z.lte(100)),
      expiresAt: z.iso.datetime(),
    }),
  ),
})

export type PostPurchaseState = z.infer<typeof postPurchaseStateSchema>
