import { backendIdentity, backendKey } from '../../backend-identity.js'
import type { ConformanceFixtures } from './fixtures.js'
import { cartWithItems, checkedCart } from './prepare.js'
import { describe, expect, it } from './vitest.js'

/**
 * `identity` is optional; an adapter that declares one promises what the elements rely on to
 * share a cart: every adapter with that identity reaches the same carts.
 */
export function identitySuite(fixtures: ConformanceFixtures): void {
  describe('backend identity', () => {
    it('is the same, normalised, for every adapter on one backend, and they share carts', async ({
      skip,
    }) => {
      const first = await fixtures.createAdapter()
      const { identity } = first
      if (!identity) return skip('optional: the adapter declares no identity')
      const { kind, endpoint, channel } = identity
      expect(identity).toEqual(backendIdentity(kind, endpoint, channel))
      const second = await fixtures.createAdapter()
      expect(second.identity && backendKey(second.identity)).toBe(backendKey(identity))
      const cart = await cartWithItems(first, fixtures, 1)
      const seen = checkedCart(await second.getCart(cart.id))
      expect(seen.items.map((line) => [line.sku, line.quantity])).toEqual([[fixtures.sku, 1]])
    })
  })
}
