// The TypeScript of docs/payments/stripe.md ("Options"), verbatim (docs-snippets.test.ts checks
// it): it must compile under `strict` against the built package, as a developer would paste it.

import { loadStripe } from '@stripe/stripe-js'
import { defineCheckoutElements } from '@weship/checkout'
import { createStripeProvider } from '@weship/checkout/stripe'

defineCheckoutElements()
const checkout = document.querySelector('weship-checkout')!
checkout.paymentProviders = [
  createStripeProvider({
    // Your own loader, e.g. Stripe.js already on the page (the default loads it on first use).
    loadStripe,
    // On top of what is read from the --weship-* tokens.
    appearance: { variables: { spacingUnit: '3px' }, rules: { '.Label': { fontWeight: '600' } } },
  }),
]
