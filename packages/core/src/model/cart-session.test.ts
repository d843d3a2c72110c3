import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createMemoryStorage } from './storage.js'

const cartWith = (id: string, itemCount: number, version = 1) =>
  cartFixture({ id, itemCount, version })
const notFound = () => new CheckoutError('ADAPTER', 'gone', { reason: 'cart_not_found' })

describe('cart session', () => {
  it('restores a cart from a recovery token and remembers it in place of the old one', async () => {
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'old')
    const getCart = vi.fn(async (id: string) => cartWith(id, 1))
    const recoverCart = vi.fn(async () => cartWith('recovered', 3))
    const session = createCartSession({ adapter: stubAdapter({ getCart, recoverCart }), storage })
    const recovering = session.recover('tok_123')
    // Whoever loads meanwhile (a cart button, the checkout's resume) gets the recovered cart.
    expect(await session.load()).toMatchObject({ id: 'recovered' })
    await recovering
    expect(recoverCart).toHaveBeenCalledWith('tok_123')
    expect(getCart).not.toHaveBeenCalled()
    expect(storage.getItem('weship:cart')).toBe('recovered')
  })

  it('shows a failed recovery as an error, not as an empty cart', async () => {
    const gone = new CheckoutError('ADAPTER', 'gone', { reason: 'cart_not_found' })
    const session = createCartSession({
      adapter: stubAdapter({ recoverCart: async () => Promise.reject(gone) }),
      storage: createMemoryStorage(),
    })
    expect(await session.recover('tok_old')).toBeNull()
    expect(session.status.value).toBe('error')
    expect(session.error.value?.reason).toBe('cart_not_found')
  })

  it('creates a cart on the first add and remembers its id', async () => {
    const storage = createMemoryStorage()
    const createCart = vi.fn(async () => cartWith('new', 2))
    const session = createCartSession({
      adapter: stubAdapter({ createCart }),
      storage,
      currency: 'JPY',
    })
    await session.addItem('MUG', 2)
    expect(createCart).toHaveBeenCalledWith({
      currency: 'JPY',
      items: [{ sku: 'MUG', quantity: 2 }],
    })
    expect(session.itemCount.value).toBe(2)
    expect(storage.getItem('weship:cart')).toBe('new')
  })

  it('adds to the existing cart afterwards', async () => {
    const addItem = vi.fn(async () => cartWith('c1', 3, 2))
    const getCart = vi.fn(async () => cartWith('c1', 1))
    const storage = createMemoryStorage()
    storage.setItem('weship:cart', 'c1')
    const session = createCartSession({ adapter: stubAdapter({ addItem, getCart }), storage })
    await session.load()
    await session.addItem('CAP')
    expect(addItem).toHaveBeenCalledWith('c1', { sku: 'CAP', quantity: 1 })
    expect(session.cart.value?.version).toBe(2)
  })

  it('is ready and empty when there is no cart to load', async () => {
    const session = createCartSession({ adapter: stubAdapter(), storage: createMemoryStorage() })
    await expect(session.load()).resolves.toBeNull()
    expect(session.status.value).toBe('ready')
  })

  it('turns a failed load into an error state instead of throwing', async () => {
    const notFound = new CheckoutError('ADAPTER', 'gone', { reason: 'cart_not_found' })
    const session = createCartSession({
      adapter: stubAdapter({ getCart: () => Promise.reject(notFound) }),
      storage: createMemoryStorage(),
    })
    await expect(session.load('missing')).resolves.toBeNull()
    expect(session.status.value).toBe('error')
    expect(session.error.value?.reason).toBe('cart_not_found')
  })

  it.each(['cart_already_ordered', 'cart_not_found'])(
    'starts a new cart for an add once the remembered one is gone (%s)',
    async (reason) => {
      const storage = createMemoryStorage()
      storage.setItem('weship:cart', 'paid')
      const gone = new CheckoutError('CONFLICT', 'gone', { status: 409, reason })
      const createCart = vi.fn(async () => cartWith('fresh', 1))
      const session = createCartSession({
        adapter: stubAdapter({
          getCart: async () => cartWith('paid', 2),
          addItem: () => Promise.reject(gone),
          createCart,
        }),
        storage,
      })
      await session.load()
      expect(await session.addItem('CAP')).toMatchObject({ id: 'fresh' })
      expect(createCart).toHaveBeenCalledWith({ items: [{ sku: 'CAP', quantity: 1 }] })
      expect(storage.getItem('weship:cart')).toBe('fresh')
      expect(session.error.value).toBeNull()
    },
  )

  it('keeps the cart when a change fails', async () => {
    const session = createCartSession({
      adapter: stubAdapter({
        getCart: async () => cartWith('c1', 1),
        addItem: () => Promise.reject(new TypeError('offline')),
      }),
      storage: createMemoryStorage(),
    })
    await session.load('c1')
    await expect(session.addItem('CAP')).resolves.toBeNull()
    expect(session.cart.value?.id).toBe('c1')
    expect(session.status.value).toBe('ready')
    expect(session.error.value?.code).toBe('ADAPTER')
    expect(session.pending.value).toBe(0)
  })

  it('forgets the cart', async () => {
    const storage = createMemoryStorage()
    const session = createCartSession({
      adapter: stubAdapter({ getCart: async () => cartWith('c1', 1) }),
      storage,
    })
    await session.load('c1')
    session.forget()
    expect(session.cart.value).toBeNull()
    expect(storage.getItem('weship:cart')).toBeNull()
  })
})

describe('cart session under quick changes', () => {
  it('puts two adds made at once into one cart', async () => {
    let carts = 0
    const addItem = vi.fn(async (id: string) => cartWith(id, 2, 2))
    const createCart = vi.fn(async () => {
      carts++
      await new Promise((resolve) => setTimeout(resolve, 5))
      return cartWith(`cart-${carts}`, 1)
    })
    const session = createCartSession({
      adapter: stubAdapter({ createCart, addItem }),
      storage: createMemoryStorage(),
    })
    await Promise.all([session.addItem('A'), session.addItem('B')])
    expect(createCart).toHaveBeenCalledTimes(1)
    expect(addItem).toHaveBeenCalledWith('cart-1', { sku: 'B', quantity: 1 })
    expect(session.pending.value).toBe(0)
  })
})

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
