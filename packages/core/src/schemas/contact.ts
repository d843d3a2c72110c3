import * as z from 'zod/mini'
import { deferred } from './deferred.js'

export const marketingChannels = ['email', 'sms'] as const

export const contactSchema = deferred(() =>
  z.object({
    email: z.email(),
    /** Consent per channel; absent means no consent. Never pre-ticked by the UI. */
    marketingConsent: z.optional(z.partialRecord(z.enum(marketingChannels), z.boolean())),
    /** The shopper's language, so messages after the purchase speak it too. */
    locale: z.optional(z.string().check(z.maxLength(35))),
  }),
)

export type Contact = z.infer<typeof contactSchema>
export type MarketingChannel = (typeof marketingChannels)[number]
