import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { moneySchema } from './money.js'

export const applyCodeRequestSchema = deferred(() =>
  z.object({
    code: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  }),
)

/** A gift card paying part of the order; only its last four characters ever leave the server. */
export const appliedGiftCardSchema = deferred(() =>
  z.object({
    id: z.string(),
    last4: z.string(),
    /** What it pays of this order. */
    amount: moneySchema,
    /** What stays on the card after this order. */
    remainingBalance: moneySchema,
  }),
)

/** Why a code was refused, so the UI can say it in the shopper's language. */
export const codeRefusalReasons = [
  'code_unknown',
  'code_expired',
  'code_minimum_not_met',
  'code_already_used',
  'code_not_combinable',
  'code_already_applied',
  'gift_card_empty',
  'code_currency_mismatch',
  'code_not_for_this_email',
  'too_many_attempts',
] as const

export type AppliedGiftCard = z.infer<typeof appliedGiftCardSchema>
export type CodeRefusalReason = (typeof codeRefusalReasons)[number]
