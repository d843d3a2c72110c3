export type {
  ConformanceFixtures,
  PaymentFixtures,
  TrackingFixtures,
} from './conformance/fixtures.js'
export { runAdapterConformance } from './conformance/run-conformance.js'
export { cartFixture, stubAdapter } from './fixtures.js'
