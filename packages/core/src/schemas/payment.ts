import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { moneySchema } from './money.js'

export const paymentMethodTypes = ['card', 'gift_card', 'invoice', 'wallet'] as const

export const paymentMethodSchema = deferred(() =>
  z.object({
    id: z.string(),
    type: z.enum(paymentMethodTypes),
    label: z.string(),
    /** For card methods: the payment origin's page that hosts the card fields in an iframe. */
    hostedFieldsUrl: z.optional(z.url()),
    brands: z.optional(z.array(z.string())),
  }),
)

export const paymentMethodListSchema = deferred(() =>
  z.object({ methods: z.array(paymentMethodSchema) }),
)

/** What the widget sends to pay: a method and, for cards, an opaque token from the payment origin. */
export const paymentRequestSchema = deferred(() =>
  z.object({
    methodId: z.string().check(z.minLength(1), z.maxLength(100)),
    token: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  }),
)

export const placeOrderRequestSchema = deferred(() =>
  z.object({
    /** The cart version the shopper saw; an older one is a CONFLICT with the new totals. */
    cartVersion: z.int().check(z.nonnegative()),
    payment: paymentRequestSchema,
  }),
)

/** A step the shopper must take before the payment completes, e.g. a 3-D Secure challenge. */
export const paymentActionSchema = deferred(() =>
  z.object({
    id: z.string(),
    type: z.literal('three_d_secure'),
    /** Page on the payment origin to show in a dialog's iframe. */
    url: z.url(),
  }),
)

/** How a payment shows on a receipt: never more of the card than brand and last four. */
export const paymentSummarySchema = deferred(() =>
  z.object({
    type: z.enum(paymentMethodTypes),
    label: z.string(),
    brand: z.optional(z.string()),
    last4: z.optional(z.string().check(z.regex(/^\d{4}$/))),
    amount: moneySchema,
  }),
)

export type PaymentMethod = z.infer<typeof paymentMethodSchema>
export type PaymentRequest = z.infer<typeof paymentRequestSchema>
export type PlaceOrderRequest = z.infer<typeof placeOrderRequestSchema>
export type PaymentAction = z.infer<typeof paymentActionSchema>
export type PaymentSummary = z.infer<typeof paymentSummarySchema>
