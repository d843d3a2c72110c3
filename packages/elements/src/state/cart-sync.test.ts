import { type Cart, createCartSession, createMemoryStorage } from '@weship/checkout-core'
import { cartFixture, stubAdapter } from '@weship/checkout-core/testing'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { syncTabs } from './cart-sync.js'

// Two tabs of one page, as two sessions over one shop and one BroadcastChannel name.

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

function shop() {
  let stored: Cart = cartFixture({ id: 'c1', itemCount: 1, version: 1 })
  const adapter = stubAdapter({
    getCart: vi.fn(async () => stored),
    addItem: vi.fn(async () => {
      stored = cartFixture({
        id: 'c1',
        itemCount: stored.itemCount + 1,
        version: stored.version + 1,
      })
      return stored
    }),
  })
  const tab = () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'c1')
    const session = createCartSession({ adapter, storage })
    stops.push(syncTabs(session, 'weship:cart:test:sync'))
    return session
  }
  return { adapter, tab }
}

describe('carts in two tabs', () => {
  it('shows a change made in one tab in the other, without echoes', async () => {
    const { adapter, tab } = shop()
    const first = tab()
    const second = tab()
    await Promise.all([first.load(), second.load()])
    await first.addItem('MUG')
    await vi.waitFor(() => expect(second.cart.value?.itemCount).toBe(2))
    // Two loads at start and one in the other tab: hearing a change tells nothing back.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(adapter.getCart).toHaveBeenCalledTimes(3)
  })

  it('lets go of a cart the other tab ordered or gave up', async () => {
    const { tab } = shop()
    const first = tab()
    const second = tab()
    await Promise.all([first.load(), second.load()])
    first.forget()
    await vi.waitFor(() => expect(second.cart.value).toBeNull())
    expect(second.status.value).toBe('ready')
  })

  it('tells nothing while its own first load is on its way', async () => {
    const { tab } = shop()
    const first = tab()
    await first.load()
    const second = tab()
    // Before its load, the second tab shows no cart: that is no news for the first one.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(first.cart.value?.id).toBe('c1')
    await second.load()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(first.cart.value?.id).toBe('c1')
  })
})
