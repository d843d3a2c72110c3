import { afterOrderSuite } from './after-order-suite.js'
import { cartSuite } from './cart-suite.js'
import { checkoutDetailsSuite } from './checkout-details-suite.js'
import type { ConformanceFixtures } from './fixtures.js'
import { identitySuite } from './identity-suite.js'
import { orderLookupSuite } from './order-lookup-suite.js'
import { ordersSuite } from './orders-suite.js'
import { trackingSuite } from './tracking-suite.js'
import { describe } from './vitest.js'

/**
 * The adapter contract as one vitest suite: call it from a test file with a factory for your
 * adapter and the names of your demo data. Every rule of DESIGN §3 is a test here.
 */
export function runAdapterConformance(name: string, fixtures: ConformanceFixtures): void {
  describe(`${name} honours the WeShip adapter contract`, () => {
    identitySuite(fixtures)
    cartSuite(fixtures)
    checkoutDetailsSuite(fixtures)
    ordersSuite(fixtures)
    orderLookupSuite(fixtures)
    afterOrderSuite(fixtures)
    // Last: it may move the backend's clock forward.
    trackingSuite(fixtures)
  })
}
