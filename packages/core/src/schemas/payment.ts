import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { PAYMENT_METHOD_TYPES as paymentMethodTypes } from './limits.js'
import { moneySchema } from './money.js'

export { paymentMethodTypes }

/**
 * What Stripe.js needs in the browser: public values only. A secret (`sk_`) or restricted (`rk_`)
 * key is refused, so a backend that leaks one is an error rather than a published secret.
 */
export const stripeMethodConfigSchema = deferred(() =>
  z.object({
    publishableKey: z.string().check(z.regex(/^pk_(test|live)_[A-Za-z0-9_]{1,247}$/)),
    /** A connected account the payment is made on (Stripe Connect's direct charges). */
    stripeAccount: z.optional(z.string().check(z.regex(/^acct_[A-Za-z0-9]{1,64}$/))),
  }),
)

export const paymentMethodSchema = deferred(() =>
  z.object({
    id: z.string(),
    type: z.enum(paymentMethodTypes),
    label: z.string(),
    /** For card methods: the payment origin's page that hosts the card fields in an iframe. */
    hostedFieldsUrl: z.optional(z.url()),
    brands: z.optional(z.array(z.string())),
    /**
     * The widget provider that serves the method, e.g. `stripe`; absent: the built-in one for its
     * type (hosted card fields for `card`).
     */
    provider: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_-]{0,39}$/))),
    /** Stripe's public configuration, for a method whose `provider` is `stripe`. */
    stripe: z.optional(stripeMethodConfigSchema),
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

/**
 * A step the shopper must take before the payment completes, e.g. a 3-D Secure challenge: a page
 * of the payment origin the widget frames in a dialog, or a Stripe PaymentIntent's next action,
 * which Stripe.js runs (`handleNextAction`). Either way the widget then asks the backend for the
 * outcome (`completePaymentAction`).
 */
export const paymentActionSchema = deferred(() =>
  z.discriminatedUnion('type', [
    z.object({
      id: z.string(),
      type: z.literal('three_d_secure'),
      /** Page on the payment origin to show in a dialog's iframe. */
      url: z.url(),
    }),
    z.object({
      id: z.string(),
      type: z.literal('stripe_next_action'),
      /**
       * The PaymentIntent's client secret, for Stripe.js. Never stored: after a reload the action
       * comes without it, and completing it asks the backend for a fresh one.
       */
      clientSecret: z.optional(z.string().check(z.regex(/^pi_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/))),
    }),
  ]),
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
