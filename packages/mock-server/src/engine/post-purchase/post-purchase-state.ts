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
      email: z.optional(z.string()),
    }),
  ),
  /** Orders still expecting messages, and the milestones already sent. */
  followUps: z.optional(
    z.array(
      z.object({ orderId: z.string(), emailConsent: z.boolean(), sent: z.array(z.string()) }),
    ),
  ),
  /** Double opt-in: addresses that confirmed, and when (the proof of consent). */
  confirmedEmails: z.optional(z.array(z.object({ email: z.string(), at: z.iso.datetime() }))),
  /** Confirmation links not yet used, as hashes. */
  confirmationLinks: z.optional(
    z.array(
      z.object({
        tokenHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
        email: z.string(),
        expiresAt: z.iso.datetime(),
      }),
    ),
  ),
  /** Reminders sent per address (times), for the per-address limit across carts. */
  remindersByAddress: z.optional(
    z.array(z.object({ email: z.string(), sentAt: z.array(z.iso.datetime()) })),
  ),
  /** "Buy again" links still working (token hashes only). */
  reorderLinks: z.optional(
    z.array(
      z.object({
        tokenHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
        orderId: z.string(),
        expiresAt: z.iso.datetime(),
      }),
    ),
  ),
  /** Invitation codes e-mailed and not yet expired, each for its address. */
  invitationCodes: z.optional(
    z.array(
      z.object({
        code: z.string().check(z.maxLength(64)),
        percent: z.number().check(z.gt(0), z.lte(100)),
        expiresAt: z.iso.datetime(),
        email: z.string(),
      }),
    ),
  ),
  /** How far each open cart's reminders got, and its recovery links' token hashes. */
  reminders: z.optional(
    z.array(
      z.object({
        cartId: z.string(),
        sent: z.int().check(z.nonnegative()),
        tokenHashes: z.array(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
      }),
    ),
  ),
})

export type PostPurchaseState = z.infer<typeof postPurchaseStateSchema>
