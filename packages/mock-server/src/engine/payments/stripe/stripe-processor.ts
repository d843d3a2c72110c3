import type { MoneyWire, PaymentMethod } from '@weship/checkout-core'
import { toStripeAmount } from '@weship/checkout-core'
import Stripe from 'stripe'
import { type StripeSettings, stripeApiAddress } from './stripe-settings.js'

export const STRIPE_METHOD_ID = 'stripe-card'

/** What the orders ask of Stripe; tests reach a stand-in through `apiBase`. */
export interface StripeProcessor {
  /** The card method the widget shows with Stripe's Payment Element. */
  readonly method: PaymentMethod
  /** Creates and confirms a PaymentIntent with the shopper's ConfirmationToken. */
  confirm(request: ConfirmRequest): Promise<Stripe.PaymentIntent>
  /** The PaymentIntent as Stripe has it now, with its payment method (brand, last four). */
  retrieve(paymentIntentId: string): Promise<Stripe.PaymentIntent>
  /** Gives the whole amount back, once (a refund per PaymentIntent). */
  refund(paymentIntentId: string): Promise<void>
  /** The card's fingerprint behind a ConfirmationToken; undefined when Stripe does not say. */
  cardOf(confirmationToken: string): Promise<string | undefined>
}

export interface ConfirmRequest {
  amount: MoneyWire
  cartId: string
  cartVersion: number
  confirmationToken: string
  /** The order attempt's key, so a retry never makes a second PaymentIntent. */
  idempotencyKey: string
}

export function createStripeProcessor(settings: StripeSettings): StripeProcessor {
  const client = new Stripe(settings.secretKey, {
    ...stripeApiAddress(settings.apiBase),
    ...(settings.stripeAccount ? { stripeAccount: settings.stripeAccount } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'WeShip Checkout mock server' },
  })
  const method: PaymentMethod = {
    id: STRIPE_METHOD_ID,
    type: 'card',
    label: 'Card',
    provider: 'stripe',
    stripe: {
      publishableKey: settings.publishableKey,
      ...(settings.stripeAccount ? { stripeAccount: settings.stripeAccount } : {}),
    },
  }

  return {
    method,
    // https://docs.stripe.com/payments/finalize-payments-on-the-server: the amount is the
    // server's, in Stripe's unit; the cart rides along in metadata for the checks after.
    confirm: (request) =>
      client.paymentIntents.create(
        {
          ...toStripeAmount(request.amount),
          confirm: true,
          confirmation_token: request.confirmationToken,
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          metadata: { cart_id: request.cartId, cart_version: String(request.cartVersion) },
          expand: ['payment_method'],
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    retrieve: (paymentIntentId) =>
      client.paymentIntents.retrieve(paymentIntentId, { expand: ['payment_method'] }),
    // https://docs.stripe.com/payments/finalize-payments-on-the-server#inspect-confirmation-token:
    // the token's payment method preview, whose card fingerprint is the same for one card number.
    async cardOf(confirmationToken) {
      try {
        const token = await client.confirmationTokens.retrieve(confirmationToken)
        return token.payment_method_preview?.card?.fingerprint ?? undefined
      } catch {
        // The confirmation itself will say what is wrong with the token.
        return undefined
      }
    },
    async refund(paymentIntentId) {
      await client.refunds.create(
        { payment_intent: paymentIntentId },
        { idempotencyKey: `refund-${paymentIntentId}` },
      )
    },
  }
}
