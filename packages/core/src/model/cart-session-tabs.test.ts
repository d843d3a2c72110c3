import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { type CartChange, type CartSync, createCartSession } from './cart-session.js'
import { createMemoryStorage } from './storage.js'

const cartWith = (id: string, itemCount: number, version = 1) =>
  cartFixture({ id, itemCount, version })
const notFound = () => new CheckoutError('ADAPTER', 'gone', { reason: 'cart_not_found' })

/** Two tabs of one page: what one publishes, every other one hears (a BroadcastChannel). */
function tabs() {
  const listeners = new Set<(change: CartChange) => void>()
  return (): CartSync => {
    let own: ((change: CartChange) => void) | undefined
    return {
      publish: (change) => {
        for (const listener of listeners) if (listener !== own) listener(change)
      },
      subscribe: (listener) => {
        own = listener
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    }
  }
}

describe('an expired cart', () => {
  it('is forgotten on load, and the session says it expired', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    const adapter = stubAdapter({ getCart: () => Promise.reject(notFound()) })
    const session = createCartSession({ adapter, storage })
    await session.load()
    expect(session.cart.value).toBeNull()
    expect(session.status.value).toBe('ready')
    expect(session.expired.value).toBe(true)
    expect(storage.getItem('weship:cart')).toBeNull()
  })

  it('is replaced by a new cart on the next add, and said so until the next change', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    let fresh = cartWith('new', 1)
    const adapter = stubAdapter({
      getCart: async () => cartWith('old', 2),
      addItem: vi.fn(async (id: string) => {
        if (id === 'old') throw notFound()
        fresh = cartWith('new', fresh.itemCount + 1, fresh.version + 1)
        return fresh
      }),
      createCart: async () => fresh,
    })
    const session = createCartSession({ adapter, storage })
    await session.load()
    expect(session.expired.value).toBe(false)
    await session.addItem('MUG')
    expect(session.cart.value?.id).toBe('new')
    expect(session.expired.value).toBe(true)
    await session.addItem('MUG')
    expect(session.expired.value).toBe(false)
  })
})

describe('carts in two tabs', () => {
  it('shows a change made in one tab in the other', async () => {
    let stored: Cart = cartWith('c1', 1)
    const adapter = stubAdapter({
      getCart: vi.fn(async () => stored),
      addItem: vi.fn(async () => {
        stored = cartWith('c1', stored.itemCount + 1, stored.version + 1)
        return stored
      }),
    })
    const channel = tabs()
    const open = () => {
      const storage = createMemoryStorage()
      storage.setItem('weship:cart', 'c1')
      return createCartSession({ adapter, storage, sync: channel() })
    }
    const first = open()
    const second = open()
    await Promise.all([first.load(), second.load()])
    await first.addItem('MUG')
    await vi.waitFor(() => expect(second.cart.value?.itemCount).toBe(2))
    expect(first.cart.value?.itemCount).toBe(2)
    // Hearing of a change is no change of its own: nothing echoes back and forth.
    expect(adapter.getCart).toHaveBeenCalledTimes(3)
  })

  it('lets go of a cart the other tab ordered or gave up', async () => {
    const adapter = stubAdapter({ getCart: async () => cartWith('c1', 1) })
    const channel = tabs()
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'c1')
    const first = createCartSession({ adapter, storage, sync: channel() })
    const second = createCartSession({ adapter, storage, sync: channel() })
    await Promise.all([first.load(), second.load()])
    first.forget()
    expect(second.cart.value).toBeNull()
    expect(second.status.value).toBe('ready')
    second.dispose()
  })
})
