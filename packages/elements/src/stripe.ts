// Stripe's Payment Element as a WeShip payment provider. A page whose shop lists Stripe methods
// needs nothing from here: the widget picks this provider by itself. Import it to pass options
// (your own Stripe.js loader, Appearance values) through the element's `paymentProviders`.
export type { Appearance, Stripe } from '@stripe/stripe-js'
export {
  createStripeProvider,
  type StripeLoader,
  type StripeProviderOptions,
} from './payments/stripe/stripe-provider.js'
