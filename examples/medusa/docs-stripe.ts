// The Stripe snippet of docs/adapters/medusa.md, compiled by this example's typecheck.
import '@weship/checkout/define'
import { loadStripe } from '@stripe/stripe-js'
import { createMedusaAdapter, medusaStripeHandler } from '@weship/adapter-medusa'
import { registerBackend } from '@weship/checkout'

const stripeKey = 'pk_live_…' // your Stripe publishable key, as Medusa's Stripe provider's account
const stripe = loadStripe(stripeKey).then((loaded) => loaded ?? Promise.reject())
const adapter = createMedusaAdapter({
  baseUrl: 'https://shop.example',
  publishableKey: 'pk_…', // Medusa's publishable API key
  paymentProviders: ['pp_stripe_stripe'],
  // Each entry goes to the widget as the method: here, served by its Stripe provider.
  paymentMethods: {
    pp_stripe_stripe: {
      type: 'card',
      label: 'Card',
      provider: 'stripe',
      stripe: { publishableKey: stripeKey },
    },
  },
  paymentHandlers: { pp_stripe_stripe: medusaStripeHandler(stripe) },
})
registerBackend(adapter)
