export type {
  ConformanceFixtures,
  PaymentFixtures,
  TrackingFixtures,
} from './conformance/fixtures.js'
export { runAdapterConformance } from './conformance/run-conformance.js'
export {
  type AdapterCall,
  type AdapterFault,
  adapterFaults,
  type FaultyAdapter,
  withFaults,
} from './fault-injection.js'
export { cartFixture, stubAdapter } from './fixtures.js'
