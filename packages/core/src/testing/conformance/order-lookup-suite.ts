import { orderLookupSchema } from '../../schemas/order-lookup.js'
import { expectFailure } from './expect-failure.js'
import type { ConformanceFixtures } from './fixtures.js'
import { placedOrder } from './tracking-suite.js'
import { describe, expect, it } from './vitest.js'

/** The status page's way in without the link: number and e-mail for a fresh token. */
export function orderLookupSuite(fixtures: ConformanceFixtures): void {
  describe('order lookup', () => {
    it('answers a working token for the number and e-mail, and one ADAPTER 404 otherwise', async ({
      skip,
    }) => {
      const backend = await fixtures.createAdapter()
      if (!backend.capabilities.orderLookup || !backend.lookUpOrder) {
        return skip('optional: capabilities.orderLookup is false, or no lookUpOrder')
      }
      const order = await placedOrder(backend, fixtures)
      const lookup = orderLookupSchema.parse(
        await backend.lookUpOrder({ number: order.number, email: order.email.toUpperCase() }),
      )
      expect(lookup.orderId).toBe(order.id)
      const opened = await backend.getOrder(order.id, { token: lookup.token })
      expect(opened.number).toBe(order.number)

      const wrongEmail = await expectFailure(
        backend.lookUpOrder({ number: order.number, email: 'not-the-buyer@example.com' }),
        'ADAPTER',
      )
      const noOrder = await expectFailure(
        backend.lookUpOrder({ number: `${order.number}9`, email: order.email }),
        'ADAPTER',
      )
      // The same answer either way: a wrong e-mail must not confirm the order exists.
      expect([wrongEmail.status, wrongEmail.reason]).toEqual([noOrder.status, noOrder.reason])
    })
  })
}
