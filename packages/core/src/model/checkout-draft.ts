import * as z from 'zod/mini'
import { addressSchema } from '../schemas/address.js'
import { marketingChannels } from '../schemas/contact.js'
import { deferred } from '../schemas/deferred.js'
import { orderSchema } from '../schemas/order.js'
import { paymentActionSchema } from '../schemas/payment.js'
import { checkoutSteps } from './checkout-types.js'
import type { KeyValueStorage } from './storage.js'

/** Idempotency keys live at least 24 h on the server; an older draft could not reuse its key. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000

const addressDraftSchema = deferred(() => z.partialRecord(z.keyof(addressSchema), z.string()))

const contactDraftSchema = deferred(() =>
  z.object({
    email: z.optional(z.string()),
    marketingConsent: z.optional(z.partialRecord(z.enum(marketingChannels), z.boolean())),
    locale: z.optional(z.string()),
  }),
)

/** One place-order attempt: what it was for and its key. Deliberately has no room for a token. */
export const placeOrderAttemptSchema = deferred(() =>
  z.object({
    key: z.string(),
    cartId: z.string(),
    cartVersion: z.int(),
    methodId: z.string(),
    /** The 3-D Secure challenge still waiting for the shopper, and the key that completes it. */
    action: z.optional(paymentActionSchema),
    actionKey: z.optional(z.string()),
  }),
)

/**
 * What survives a reload: the allow-list of what may be stored. Card data and payment tokens
 * have no field here, and parsing drops anything else.
 */
export const checkoutDraftSchema = deferred(() =>
  z.object({
    version: z.literal(1),
    savedAt: z.number(),
    cartId: z.nullable(z.string()),
    step: z.enum(checkoutSteps),
    contact: contactDraftSchema,
    shippingAddress: addressDraftSchema,
    billingSameAsShipping: z.boolean(),
    billingAddress: addressDraftSchema,
    selectedShippingOptionId: z.nullable(z.string()),
    selectedPaymentMethodId: z.nullable(z.string()),
    attempt: z.nullable(placeOrderAttemptSchema),
    order: z.nullable(orderSchema),
  }),
)

export type PlaceOrderAttempt = z.infer<typeof placeOrderAttemptSchema>
export type CheckoutDraft = z.infer<typeof checkoutDraftSchema>

/** The saved draft, or null when there is none, it is unreadable, or it is too old to trust. */
export function readDraft(storage: KeyValueStorage, key: string, now: Date): CheckoutDraft | null {
  const raw = storage.getItem(key)
  if (!raw) return null
  let stored: unknown
  try {
    stored = JSON.parse(raw)
  } catch {
    return null
  }
  const parsed = checkoutDraftSchema.safeParse(stored)
  if (!parsed.success) return null
  return now.getTime() - parsed.data.savedAt > DRAFT_TTL_MS ? null : parsed.data
}

export function writeDraft(storage: KeyValueStorage, key: string, draft: CheckoutDraft): void {
  // Parsing on the way out too keeps the allow-list true even if a caller slips in more.
  const allowed = checkoutDraftSchema.safeParse(draft)
  if (!allowed.success) return
  // The order keeps its receipt as sent (a card's brand and last four, as in the e-mail), so a
  // reloaded confirmation says what the first one said (ADR 0020).
  const attempt = withoutClientSecret(allowed.data.attempt)
  storage.setItem(key, JSON.stringify({ ...allowed.data, attempt }))
}

/** A draft with nothing in it needs no storage at all. */
export function isBlankDraft(draft: CheckoutDraft): boolean {
  return (
    draft.step === 'cart' &&
    !draft.order &&
    !draft.attempt &&
    Object.values(draft.contact).every((value) => value === undefined || value === '') &&
    Object.values(draft.shippingAddress).every((value) => !value) &&
    Object.values(draft.billingAddress).every((value) => !value)
  )
}

// Stripe asks that a PaymentIntent's client secret is never stored; completing an action that lost
// it after a reload asks the backend for a fresh one.
function withoutClientSecret(attempt: PlaceOrderAttempt | null): PlaceOrderAttempt | null {
  if (attempt?.action?.type !== 'stripe_next_action') return attempt
  const { clientSecret: _secret, ...action } = attempt.action
  return { ...attempt, action }
}
