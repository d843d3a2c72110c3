import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { reorderCart } from './cart-reorder.js'
import { createCartSession } from './cart-session.js'
import { createMemoryStorage } from './storage.js'

const cartWith = (id: string, itemCount: number, version = 1) =>
  cartFixture({ id, itemCount, version })

describe('a "Buy again" link', () => {
  it('fills a new cart from a "Buy again" token and says what it could not add, until a change', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    const unavailable = [
      { sku: 'CAP', name: 'Cap', ordered: 2, added: 1, reason: 'limited_stock' as const },
    ]
    const reorder = vi.fn(async () => ({ cart: cartWith('again', 3), unavailable }))
    const adapter = stubAdapter({
      reorder,
      removeItem: async () => cartWith('again', 2, 2),
    })
    adapter.capabilities.reorder = true
    const session = createCartSession({ adapter, storage })
    await session.loadWith(() => reorderCart(session, adapter, 'tok_again'))
    expect(reorder).toHaveBeenCalledWith('tok_again')
    expect(session.cart.value?.id).toBe('again')
    expect(storage.getItem('weship:cart')).toBe('again')
    expect(session.reordered.value).toEqual({ unavailable, expired: false })
    await session.removeItem('line_1')
    expect(session.reordered.value).toBeNull()
  })

  it('says so when nothing of the order can be bought again, and shows the remembered cart', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    const unavailable = [
      { sku: 'OLD', name: 'Old', ordered: 1, added: 0, reason: 'discontinued' as const },
    ]
    const adapter = stubAdapter({
      reorder: async () => ({ cart: null, unavailable }),
      getCart: async (id: string) => cartWith(id, 1),
    })
    adapter.capabilities.reorder = true
    const session = createCartSession({ adapter, storage })
    expect((await session.loadWith(() => reorderCart(session, adapter, 'tok_again')))?.id).toBe(
      'old',
    )
    expect(session.reordered.value).toEqual({ unavailable, expired: false })
    expect(session.status.value).toBe('ready')
    expect(storage.getItem('weship:cart')).toBe('old')
  })

  it('says an expired link expired, and keeps the remembered cart; other failures are errors', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    const expired = new CheckoutError('ADAPTER', 'Gone.', { reason: 'reorder_not_found' })
    const adapter = stubAdapter({
      reorder: async () => {
        throw expired
      },
      getCart: async (id: string) => cartWith(id, 1),
    })
    adapter.capabilities.reorder = true
    const session = createCartSession({ adapter, storage })
    expect((await session.loadWith(() => reorderCart(session, adapter, 'tok_old')))?.id).toBe('old')
    expect(session.reordered.value).toEqual({ unavailable: [], expired: true })
    expect(session.error.value).toBeNull()

    const down = new CheckoutError('NETWORK', 'Offline.')
    adapter.reorder = async () => {
      throw down
    }
    const other = createCartSession({ adapter, storage: createMemoryStorage() })
    expect(await other.loadWith(() => reorderCart(other, adapter, 'tok_again'))).toBeNull()
    expect(other.status.value).toBe('error')
    expect(other.error.value?.code).toBe('NETWORK')
  })

  it('keeps the notice when the remembered cart has expired too', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'gone')
    const adapter = stubAdapter({
      reorder: async () => {
        throw new CheckoutError('ADAPTER', 'Gone.', { reason: 'reorder_not_found' })
      },
      getCart: async () => {
        throw new CheckoutError('ADAPTER', 'Gone.', { reason: 'cart_not_found' })
      },
    })
    adapter.capabilities.reorder = true
    const session = createCartSession({ adapter, storage })
    expect(await session.loadWith(() => reorderCart(session, adapter, 'tok'))).toBeNull()
    expect(session.status.value).toBe('ready')
    expect(session.reordered.value).toEqual({ unavailable: [], expired: true })
    expect(storage.getItem('weship:cart')).toBeNull()
  })

  it('loads the remembered cart on a backend that cannot buy again', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    const reorder = vi.fn()
    const adapter = stubAdapter({ reorder, getCart: async (id: string) => cartWith(id, 1) })
    adapter.capabilities.reorder = false
    const session = createCartSession({ adapter, storage })
    expect((await session.loadWith(() => reorderCart(session, adapter, 'tok')))?.id).toBe('old')
    expect(reorder).not.toHaveBeenCalled()
    expect(session.reordered.value).toBeNull()
  })
})
