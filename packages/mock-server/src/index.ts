export { createMemoryAdapter } from './adapter/memory-adapter.js'
export { demoCatalog } from './catalog/demo-catalog.js'
export type { Catalog, CatalogProduct, CatalogVariant, PriceList } from './catalog/types.js'
export { DEMO_EMAIL, DEMO_PASSWORD } from './engine/accounts/demo-account.js'
// A clock that moves only when told, for tests of the shop's dates in other packages.
export { type Clock, createFixedClock } from './engine/clock.js'
export {
  type CommerceEngine,
  type CommerceEngineOptions,
  createCommerceEngine,
} from './engine/commerce-engine.js'
export type { EngineState } from './engine/engine-state.js'
export type { PlaceOrderContext } from './engine/orders/order-desk-types.js'
export type { PurchaseSettings } from './engine/orders/purchases.js'
export type { Charge, PaymentDesk } from './engine/payments/payment-desk.js'
export { STRIPE_METHOD_ID } from './engine/payments/stripe/stripe-processor.js'
export type { StripeSettings } from './engine/payments/stripe/stripe-settings.js'
export {
  answerTestChallenge,
  createTestCardToken,
  type TestPaymentsEngine,
} from './engine/payments/test-card-token.js'
export { testCards } from './engine/payments/test-cards.js'
export { type AppOptions, createApp } from './http/create-app.js'
export { createPaymentApp, type PaymentAppOptions } from './payment-origin/create-payment-app.js'
export {
  type MockServer,
  type MockServerOptions,
  startMockServer,
} from './server/start-mock-server.js'
