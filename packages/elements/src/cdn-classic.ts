// The classic script (weship-checkout.js): the ES module's API in one file, every element defined
// on load, and Stripe's provider inside (DESIGN §4: one file but for languages), so pages can pass
// it options as `WeshipCheckout.createStripeProvider(…)`.
import { defineCheckoutElements } from './index.js'

export * from './index.js'
export { createStripeProvider } from './payments/stripe/stripe-provider.js'

defineCheckoutElements()
