export { errorResultToCheckoutError } from './error-results.js'
export { AUTH_TOKEN_HEADER, type GraphqlClientOptions } from './graphql-client.js'
export type { PaymentMetadata } from './place-order.js'
export {
  createVendureAdapter,
  type VendureAdapterOptions,
  vendureCapabilities,
} from './vendure-adapter.js'
