import type { AddItemRequest } from '../../schemas/cart.js'
import { expectFailure } from './expect-failure.js'
import type { ConformanceFixtures } from './fixtures.js'
import { cartWithItems, checkedCart } from './prepare.js'
import { describe, expect, it } from './vitest.js'

export function cartSuite(fixtures: ConformanceFixtures): void {
  const adapter = () => Promise.resolve(fixtures.createAdapter())

  describe('cart', () => {
    it('creates an empty cart in the asked currency', async () => {
      const cart = checkedCart(await (await adapter()).createCart({ currency: fixtures.currency }))
      expect(cart.currency).toBe(fixtures.currency)
      expect(cart.items).toEqual([])
      expect(cart.total.amount).toBe(0)
    })

    it('gets a cart back by id', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures)
      const again = checkedCart(await backend.getCart(cart.id))
      expect(again).toMatchObject({ id: cart.id, version: cart.version, itemCount: 2 })
    })

    it('prices lines on the server and sums them', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures, 3)
      const [line] = cart.items
      expect(line?.sku).toBe(fixtures.sku)
      expect(line?.quantity).toBe(3)
      expect(line?.total.amount).toBe((line?.unitPrice.amount ?? 0) * 3)
      expect(cart.subtotal.amount).toBe(line?.total.amount)
    })

    it('adds, merges, updates and removes lines, bumping the version each time', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures, 1)
      const added = checkedCart(
        await backend.addItem(cart.id, { sku: fixtures.otherSku, quantity: 1 }),
      )
      expect(added.version).toBeGreaterThan(cart.version)
      const merged = checkedCart(await backend.addItem(cart.id, { sku: fixtures.sku, quantity: 2 }))
      expect(merged.items.filter((item) => item.sku === fixtures.sku)).toHaveLength(1)
      expect(merged.itemCount).toBe(4)
      const line = merged.items.find((item) => item.sku === fixtures.otherSku)
      const updated = checkedCart(await backend.updateItem(cart.id, line?.id ?? '', 4))
      expect(updated.itemCount).toBe(7)
      const removed = checkedCart(await backend.removeItem(cart.id, line?.id ?? ''))
      expect(removed.items.map((item) => item.sku)).toEqual([fixtures.sku])
      const first = removed.items[0]
      const emptied = checkedCart(await backend.updateItem(cart.id, first?.id ?? '', 0))
      expect(emptied.items).toEqual([])
      expect(emptied.version).toBeGreaterThan(removed.version)
    })

    it('ignores a price sent by the client', async () => {
      const backend = await adapter()
      const honest = await cartWithItems(backend, fixtures, 1)
      const cart = checkedCart(await backend.createCart({ currency: fixtures.currency }))
      const tampered = {
        sku: fixtures.sku,
        quantity: 1,
        price: { amount: 1, currency: fixtures.currency },
        unitPrice: { amount: 1, currency: fixtures.currency },
      } as AddItemRequest
      const after = checkedCart(await backend.addItem(cart.id, tampered))
      expect(after.items[0]?.unitPrice).toEqual(honest.items[0]?.unitPrice)
      expect(after.total).toEqual(honest.total)
    })

    it('refuses an unknown SKU and more than the stock, changing nothing', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures, 1)
      await expectFailure(
        backend.addItem(cart.id, { sku: fixtures.unknownSku, quantity: 1 }),
        'VALIDATION',
      )
      const { sku, stock } = fixtures.lowStock
      await expectFailure(backend.addItem(cart.id, { sku, quantity: stock + 1 }), 'VALIDATION')
      const after = checkedCart(await backend.getCart(cart.id))
      expect(after.version).toBe(cart.version)
      expect(after.items).toEqual(cart.items)
    })

    it('says when a cart does not exist', async () => {
      const error = await expectFailure((await adapter()).getCart('no-such-cart-0000'), 'ADAPTER')
      expect(error.reason).toBe('cart_not_found')
    })

    it('lists the catalog when it declares one', async ({ skip }) => {
      const backend = await adapter()
      skip(!backend.capabilities.catalog, 'optional: capabilities.catalog is false')
      const products = await backend.listProducts(fixtures.currency)
      const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku))
      expect(skus).toContain(fixtures.sku)
    })
  })
}
