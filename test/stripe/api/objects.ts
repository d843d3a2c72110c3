import { createHash, randomBytes } from 'node:crypto'

/** A card typed into the stand-in's Payment Element; only the stand-in ever holds the number. */
export interface StoredCard {
  number: string
  brand: string
  last4: string
  expMonth: number
  expYear: number
}

export interface BillingDetails {
  name: string | null
  email: string | null
  phone: string | null
  address: Record<string, string> | null
}

/** https://docs.stripe.com/api/confirmation_tokens/object */
export interface StoredToken {
  id: string
  account: string | undefined
  created: number
  /** Seconds since the epoch; after it the token confirms nothing. */
  expiresAt: number
  /** Set once a PaymentIntent used it: a ConfirmationToken confirms once. */
  paymentIntent: string | null
  card: StoredCard
  billingDetails: BillingDetails
}

export type IntentStatus =
  | 'requires_payment_method'
  | 'requires_action'
  | 'processing'
  | 'succeeded'
  | 'canceled'

/** https://docs.stripe.com/api/payment_intents/object */
export interface StoredIntent {
  id: string
  clientSecret: string
  account: string | undefined
  created: number
  amount: number
  currency: string
  status: IntentStatus
  metadata: Record<string, string>
  automaticPaymentMethods: { enabled: boolean; allow_redirects?: string } | null
  card: StoredCard | undefined
  billingDetails: BillingDetails | undefined
  paymentMethodId: string | null
  latestCharge: string | null
  lastPaymentError: Record<string, unknown> | null
  amountRefunded: number
}

export const newId = (prefix: string) =>
  `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`

export function confirmationTokenJson(token: StoredToken) {
  return {
    id: token.id,
    object: 'confirmation_token',
    created: token.created,
    expires_at: token.paymentIntent ? null : token.expiresAt,
    livemode: false,
    payment_intent: token.paymentIntent,
    setup_intent: null,
    return_url: null,
    setup_future_usage: null,
    shipping: null,
    use_stripe_sdk: true,
    payment_method_preview: {
      type: 'card',
      billing_details: token.billingDetails,
      card: cardJson(token.card),
    },
  }
}

export function cardJson(card: StoredCard) {
  return {
    brand: card.brand,
    display_brand: card.brand,
    last4: card.last4,
    // https://docs.stripe.com/api/payment_methods/object#payment_method_object-card-fingerprint:
    // the same card number gives the same fingerprint, so a server can tell two cards apart.
    fingerprint: createHash('sha256').update(card.number).digest('base64url').slice(0, 16),
    exp_month: card.expMonth,
    exp_year: card.expYear,
    country: 'US',
    funding: 'credit',
    checks: null,
    wallet: null,
    three_d_secure_usage: { supported: true },
  }
}

/** The PaymentIntent as the API answers, with `payment_method` expanded when asked. */
export function intentJson(intent: StoredIntent, options: { expand: string[]; origin: string }) {
  const paymentMethod =
    intent.paymentMethodId && options.expand.includes('payment_method') && intent.card
      ? {
          id: intent.paymentMethodId,
          object: 'payment_method',
          type: 'card',
          card: cardJson(intent.card),
          billing_details: intent.billingDetails,
        }
      : intent.paymentMethodId
  return {
    id: intent.id,
    object: 'payment_intent',
    amount: intent.amount,
    amount_received: intent.status === 'succeeded' ? intent.amount : 0,
    amount_refunded: intent.amountRefunded,
    currency: intent.currency,
    status: intent.status,
    client_secret: intent.clientSecret,
    created: intent.created,
    livemode: false,
    capture_method: 'automatic',
    confirmation_method: 'automatic',
    automatic_payment_methods: intent.automaticPaymentMethods,
    metadata: intent.metadata,
    payment_method: paymentMethod,
    payment_method_types: ['card'],
    latest_charge: intent.latestCharge,
    last_payment_error: intent.lastPaymentError,
    // https://docs.stripe.com/payments/finalize-payments-on-the-server#next-actions: Stripe.js's
    // handleNextAction reads it; the stand-in's challenge page plays the bank.
    next_action:
      intent.status === 'requires_action'
        ? {
            type: 'use_stripe_sdk',
            use_stripe_sdk: {
              type: 'three_d_secure_redirect',
              stripe_js: `${options.origin}/frames/3ds.html?payment_intent=${intent.id}`,
            },
          }
        : null,
  }
}

/** https://docs.stripe.com/api/errors: the error object, in the `error` member of the body. */
export function apiError(
  status: number,
  error: { type: string; message: string; code?: string; param?: string } & Record<string, unknown>,
) {
  return { status, body: { error } }
}
