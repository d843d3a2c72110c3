// The classic script (weship-checkout.js): the ES module's API in one file, Stripe's provider
// included (DESIGN §4: one file but for languages), as `WeshipCheckout.createStripeProvider`.
export * from './cdn.js'
export { createStripeProvider } from './payments/stripe/stripe-provider.js'
