export type { PaymentMethodDisplay } from './delivery-and-payment.js'
export {
  createMedusaAdapter,
  type MedusaAdapterOptions,
  medusaCapabilities,
} from './medusa-adapter.js'
export { medusaErrorToCheckoutError } from './medusa-errors.js'
export type { MedusaPaymentHandler, MedusaPaymentSessionInfo } from './place-order.js'
export type { RegionOptions } from './regions.js'
export type { StoreClientOptions } from './store-client.js'
export {
  type MedusaStripeOptions,
  medusaStripeHandler,
  type StripeConfirmer,
} from './stripe-handler.js'
