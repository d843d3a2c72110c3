import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { cartSessionFor, cartStorageKey, clearCartSessions } from './cart-registry.js'

afterEach(() => {
  clearCartSessions()
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('cartSessionFor', () => {
  it('gives every element on the page the same session for the same api', () => {
    const first = cartSessionFor({ api: 'https://shop.test/api/' })
    expect(cartSessionFor({ api: 'https://shop.test/api' })).toBe(first)
    expect(cartSessionFor({ api: 'https://other.test/api' })).not.toBe(first)
  })

  it('gives one session per adapter object', () => {
    const adapter = fakeAdapter()
    expect(cartSessionFor({ adapter })).toBe(cartSessionFor({ adapter }))
    expect(cartSessionFor({ adapter: fakeAdapter() })).not.toBe(cartSessionFor({ adapter }))
  })

  it('keys the remembered cart by api origin and path', () => {
    expect(cartStorageKey('https://shop.test/api/checkout/?v=2')).toBe(
      'weship:cart:https://shop.test/api/checkout',
    )
  })

  it('remembers in localStorage', async () => {
    const adapter = fakeAdapter()
    const session = cartSessionFor({ adapter })
    await session.addItem('MUG-WHITE')
    expect(localStorage.getItem('weship:cart')).toBe(session.cart.value?.id)
  })

  it('still works where reading localStorage throws', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage') ?? {}
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
    })
    try {
      const session = cartSessionFor({ adapter: fakeAdapter() })
      expect(await session.addItem('MUG-WHITE')).toMatchObject({ itemCount: 1 })
    } finally {
      Object.defineProperty(globalThis, 'localStorage', original)
    }
  })
})
