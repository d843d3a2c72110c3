import { describe, expect, it } from 'vitest'
import type { Cart, LineItem } from '../schemas/cart.js'
import { withFaults } from '../testing/fault-injection.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createMemoryStorage } from './storage.js'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

/** A shop of one cart whose adds land, whether or not their answers come back. */
function shopWithCart() {
  let cart: Cart = cartFixture({ id: 'c1', version: 1 })
  const line = (sku: string, quantity: number): LineItem => ({
    ...{ id: `line-${sku}`, sku, productId: sku, name: sku, options: {}, quantity },
    ...{ unitPrice: eur(500), total: eur(500 * quantity) },
  })
  const backend = stubAdapter({
    getCart: async () => cart,
    addItem: async (_id, { sku, quantity }) => {
      const had = cart.items.find((item) => item.sku === sku)?.quantity ?? 0
      const items = [...cart.items.filter((item) => item.sku !== sku), line(sku, had + quantity)]
      cart = { ...cart, version: cart.version + 1, items, itemCount: had + quantity }
      return cart
    },
  })
  const faulty = withFaults(backend)
  const storage = createMemoryStorage()
  storage.setItem('weship:cart', 'c1')
  const session = createCartSession({ adapter: faulty.adapter, storage })
  return { faulty, session, shop: () => cart }
}

describe('an add whose answer was lost', () => {
  it('is not added twice when it reached the shop', async () => {
    const { faulty, session, shop } = shopWithCart()
    await session.load()
    faulty.inject('addItem', 'timeout')
    const added = await session.addItem('MUG', 2)
    expect(added?.itemCount).toBe(2)
    expect(session.error.value).toBeNull()
    expect(shop().itemCount).toBe(2)
  })

  it('is a failure to show when it never reached the shop', async () => {
    const { faulty, session, shop } = shopWithCart()
    await session.load()
    faulty.inject('addItem', 'network')
    expect(await session.addItem('MUG')).toBeNull()
    expect(session.error.value).toMatchObject({ code: 'NETWORK' })
    expect(shop().itemCount).toBe(0)
  })

  it('is a failure when the cart changed by more than that add: nobody can tell', async () => {
    const { faulty, session, shop } = shopWithCart()
    await session.load()
    faulty.inject('addItem', 'timeout')
    // Another tab adds the same while the answer is lost.
    const otherTab = createCartSession({ adapter: faulty.adapter, storage: createMemoryStorage() })
    await otherTab.load('c1')
    const lost = session.addItem('MUG')
    await otherTab.addItem('MUG')
    expect(await lost).toBeNull()
    expect(shop().itemCount).toBe(2)
  })
})
