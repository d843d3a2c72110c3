import { orderSchema } from '../../schemas/order.js'
import { reorderLinkSchema, reorderSchema } from '../../schemas/reorder.js'
import { expectFailure } from './expect-failure.js'
import type { ConformanceFixtures } from './fixtures.js'
import { cartWithItems, checkedCart, newIdempotencyKey } from './prepare.js'
import { placedOrder, tokenOf } from './tracking-suite.js'
import { describe, expect, it } from './vitest.js'

/** What follows an order besides tracking: buying again, pickup points, an account for a guest. */
export function afterOrderSuite(fixtures: ConformanceFixtures): void {
  const adapter = () => Promise.resolve(fixtures.createAdapter())

  describe('buying again, pickup points and accounts after the order', () => {
    it('turns an order into a new cart by a "Buy again" link that opens nothing else', async ({
      skip,
    }) => {
      const backend = await adapter()
      if (!backend.capabilities.reorder || !backend.reorder || !backend.createReorderLink) {
        return skip('optional: capabilities.reorder is false, or no reorder/createReorderLink')
      }
      const order = await placedOrder(backend, fixtures)
      await expectFailure(backend.createReorderLink(order.id, { token: 'wrong-token' }), 'ADAPTER')
      const link = reorderLinkSchema.parse(
        await backend.createReorderLink(order.id, tokenOf(order)),
      )
      // Single purpose: the link is no status token.
      await expectFailure(backend.getOrder(order.id, { token: link.token }), 'ADAPTER')
      const again = reorderSchema.parse(await backend.reorder(link.token))
      if (!again.cart) throw new Error('Expected a cart: the fixture SKU is in stock.')
      const cart = checkedCart(again.cart)
      const lines = (items: { sku: string; quantity: number }[]) =>
        items.map(({ sku, quantity }) => ({ sku, quantity }))
      expect(lines(cart.items)).toEqual(lines(order.receipt.items))
      expect(again.unavailable).toEqual([])
      // Nothing of the shopper travels with the items.
      expect([cart.contact, cart.shippingAddress, cart.billingAddress]).toEqual([null, null, null])
      // A new cart that takes changes, not the ordered one.
      await backend.addItem(cart.id, { sku: fixtures.otherSku, quantity: 1 })
      const unknown = await expectFailure(backend.reorder('no-such-reorder-0000'), 'ADAPTER')
      expect(unknown.reason).toBe('reorder_not_found')
    })

    it('keeps the pickup point chosen for a pickup option on the cart and the order', async ({
      skip,
    }) => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures)
      await backend.setContact(cart.id, fixtures.contact)
      await backend.setShippingAddress(cart.id, fixtures.address)
      const options = await backend.listShippingOptions(cart.id)
      const pickup = options.find((option) => option.pickupPoints?.length)
      const point = pickup?.pickupPoints?.at(-1)
      if (!pickup || !point) return skip('optional: no delivery option lists pickup points')
      expect(pickup.kind).toBe('pickup')
      await expectFailure(
        backend.selectShippingOption(cart.id, pickup.id, { pickupPointId: 'no-such-point' }),
        'VALIDATION',
      )
      const chosen = checkedCart(
        await backend.selectShippingOption(cart.id, pickup.id, { pickupPointId: point.id }),
      )
      expect(chosen.pickupPoint).toEqual(point)
      const request = {
        cartVersion: chosen.version,
        payment: await fixtures.payment.success(chosen),
      }
      const result = await backend.placeOrder(cart.id, request, {
        idempotencyKey: newIdempotencyKey(),
      })
      if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
      expect(orderSchema.parse(result.order).pickupPoint).toEqual(point)
    })

    it('keeps a guest order in the account its shopper creates with its token', async ({
      skip,
    }) => {
      const backend = await adapter()
      if (!backend.capabilities.accounts || !backend.signUp) {
        return skip('optional: capabilities.accounts is false, or no signUp')
      }
      const order = await placedOrder(backend, fixtures)
      if (order.hasAccount !== false) return skip('optional: orders do not say hasAccount')
      const email = `after-order-${newIdempotencyKey()}@example.com`
      const other = await placedOrder(backend, { ...fixtures, contact: { email } })
      const password = 'a long enough password'
      // Someone else's order does not come along, whatever token they hold.
      await backend.signUp({
        email,
        password,
        order: { id: order.id, token: tokenOf(order).token },
      })
      expect((await backend.getOrder(order.id, tokenOf(order))).hasAccount).toBe(false)
      await backend.signOut?.()
      const ownEmail = `owner-${newIdempotencyKey()}@example.com`
      const own = await placedOrder(backend, { ...fixtures, contact: { email: ownEmail } })
      await backend.signUp({
        email: ownEmail,
        password,
        order: { id: own.id, token: tokenOf(own).token },
      })
      expect((await backend.getOrder(own.id, tokenOf(own))).hasAccount).toBe(true)
      expect((await backend.getOrder(other.id, tokenOf(other))).hasAccount).toBe(false)
    })
  })
}
