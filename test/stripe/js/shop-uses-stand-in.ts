import type { Stripe } from '@stripe/stripe-js'
import { createStripeStandIn } from './stripe-js.js'

// A shop page that hands the widget's Stripe provider its Stripe.js loader, as a merchant may
// (`createStripeProvider({ loadStripe })` of the classic script): the stand-in, no URL rewriting.

interface WeshipGlobal {
  createStripeProvider(options: { loadStripe: typeof load }): unknown
}

const instances: Stripe[] = []
const load = async (key: string, options?: { stripeAccount?: string }) => {
  const stripe = createStripeStandIn(key, options)
  instances.push(stripe)
  return stripe
}
const { WeshipCheckout } = window as unknown as { WeshipCheckout: WeshipGlobal }
for (const checkout of document.querySelectorAll('weship-checkout')) {
  Object.assign(checkout, {
    paymentProviders: [WeshipCheckout.createStripeProvider({ loadStripe: load })],
  })
}
Object.assign(window, { stripeStandIns: instances })
