import { createStripeStandIn } from './stripe-js.js'

// For a page that configures nothing: Stripe.js "already on the page", as `loadStripe` of
// @stripe/stripe-js finds it (window.Stripe) instead of adding its script. The release name is
// the one @stripe/stripe-js expects, so it does not warn.
Object.assign(window, {
  Stripe: Object.assign(createStripeStandIn, { version: 'endive' }),
})
