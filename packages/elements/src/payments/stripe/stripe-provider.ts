import type {
  Appearance,
  CssFontSource,
  CustomFontSource,
  Stripe,
  StripeConstructorOptions,
} from '@stripe/stripe-js'
import { loadStripe } from '@stripe/stripe-js/pure'
import { CheckoutError, type PaymentMethod } from '@weship/checkout-core'
import type { PaymentProvider } from '../payment-provider.js'
import { isUnreachable, stripeFailure } from './stripe-errors.js'
import { mountPaymentElement } from './stripe-payment-element.js'

/** Loads Stripe.js for a publishable key, as `loadStripe` of `@stripe/stripe-js` does. */
export type StripeLoader = (
  publishableKey: string,
  options?: StripeConstructorOptions,
) => Promise<Stripe | null>

export interface StripeProviderOptions {
  /**
   * Loads Stripe.js: by default `loadStripe` from `@stripe/stripe-js/pure`, which adds Stripe's
   * script from https://js.stripe.com on first use (never before a Stripe method is shown).
   */
  loadStripe?: StripeLoader
  /** Appearance API values on top of those read from the widget's `--weship-*` tokens. */
  appearance?: Appearance
  /** Web fonts for Stripe's frames, which cannot see the page's (`fontFamily` may name them). */
  fonts?: Array<CssFontSource | CustomFontSource>
  /** How long a tokenize may wait for Stripe.js to load (20 s by default). */
  timeoutMs?: number
}

/**
 * Stripe's Payment Element (https://docs.stripe.com/payments/finalize-payments-on-the-server):
 * mounted in the light DOM without an intent (`mode: 'payment'` with the cart's amount due),
 * `tokenize()` returns a ConfirmationToken for the backend to confirm a PaymentIntent with, and
 * a PaymentIntent that `requires_action` (3-D Secure) is finished with `stripe.handleNextAction`.
 */
export function createStripeProvider(options: StripeProviderOptions = {}): PaymentProvider {
  const load = options.loadStripe ?? loadStripe
  // One Stripe instance per key and account, kept for the page's life (Stripe.js loads once).
  const instances = new Map<string, Promise<Stripe>>()

  function stripeFor(method: PaymentMethod): Promise<Stripe> {
    const config = method.stripe
    if (!config) {
      const detail = `Payment method "${method.id}" has no Stripe publishable key.`
      return Promise.reject(new CheckoutError('CONFIG', detail))
    }
    const key = `${config.publishableKey} ${config.stripeAccount ?? ''}`
    let instance = instances.get(key)
    if (!instance) {
      const account = config.stripeAccount ? { stripeAccount: config.stripeAccount } : undefined
      instance = load(config.publishableKey, account).then(
        (stripe) => {
          if (stripe) return stripe
          throw new CheckoutError('CONFIG', 'Stripe.js runs only in a browser.')
        },
        (cause: unknown) => {
          // A failed load (offline, blocked by a CSP) is tried again on the next mount.
          instances.delete(key)
          throw new CheckoutError('NETWORK', 'Stripe.js could not be loaded.', {
            reason: 'unreachable',
            cause,
          })
        },
      )
      instances.set(key, instance)
    }
    return instance
  }

  return {
    type: 'card',
    name: 'stripe',
    mountTarget: 'light',
    mount(container, context) {
      return mountPaymentElement(stripeFor(context.method), container, context, {
        appearance: options.appearance,
        fonts: options.fonts,
        timeoutMs: options.timeoutMs ?? 20_000,
      })
    },
    async handleAction(action, { method }) {
      // A framed page is not Stripe's to run; after a reload the secret is gone (never stored)
      // and completing asks the backend, which answers with a fresh one if still needed.
      if (action.type !== 'stripe_next_action' || !action.clientSecret) return 'completed'
      const stripe = await stripeFor(method)
      const result = await stripe.handleNextAction({ clientSecret: action.clientSecret })
      // A failed or abandoned authentication is the backend's to report, as a decline.
      if (result.error && isUnreachable(result.error)) throw stripeFailure(result.error)
      return 'completed'
    },
  }
}
