import { CheckoutError } from '@weship/checkout-core'
import type { MedusaPaymentHandler } from './place-order.js'

/** The part of Stripe.js (`Stripe` from `@stripe/stripe-js`) this handler calls. */
export interface StripeConfirmer {
  confirmPayment(options: {
    clientSecret: string
    confirmParams: { confirmation_token: string; return_url?: string }
    redirect: 'if_required'
  }): Promise<{ error?: { type?: string; code?: string; message?: string } }>
}

export interface MedusaStripeOptions {
  /** Where Stripe returns a shopper after a redirecting method; the current page by default. */
  returnUrl?: string
}

/**
 * For Medusa's Stripe provider (`pp_stripe_stripe`): Medusa creates the PaymentIntent when the
 * payment session is made and hands its client secret back in the session's data; the widget's
 * Stripe provider has tokenized the Payment Element into a ConfirmationToken. This confirms the
 * intent in the browser with both (3-D Secure runs there, in Stripe's own dialog), before the
 * adapter completes the cart, when Medusa's provider authorizes what Stripe confirmed.
 */
export function medusaStripeHandler(
  stripe: StripeConfirmer | Promise<StripeConfirmer>,
  options: MedusaStripeOptions = {},
): MedusaPaymentHandler {
  return {
    // Medusa's Stripe provider takes no ConfirmationToken: the intent is confirmed here instead.
    sessionData: () => ({}),
    async confirm(session, payment) {
      const clientSecret = session.data.client_secret
      if (typeof clientSecret !== 'string' || !payment.token) {
        throw new CheckoutError('CONFIG', 'The Stripe session has no client secret or token.', {
          reason: 'stripe_session_incomplete',
        })
      }
      const { error } = await (await stripe).confirmPayment({
        clientSecret,
        confirmParams: {
          confirmation_token: payment.token,
          return_url: options.returnUrl ?? globalThis.location?.href,
        },
        redirect: 'if_required',
      })
      if (!error) return
      if (error.type === 'api_connection_error') {
        throw new CheckoutError('NETWORK', 'Stripe could not be reached.', {
          reason: 'unreachable',
          cause: error,
        })
      }
      const declined = error.type === 'card_error' || error.type === 'validation_error'
      // Stripe's wording stays in `cause` for the merchant's logs; shoppers get a generic message.
      throw new CheckoutError('PAYMENT_DECLINED', 'The payment was declined.', {
        reason: declined ? 'card_declined' : 'payment_failed',
        cause: error,
      })
    },
  }
}
