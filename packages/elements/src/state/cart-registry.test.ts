import { backendIdentity, type CheckoutAdapter, createHttpAdapter } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import {
  builtFromAttributes,
  clearCartSessions,
  pageCartFor,
  preferAdapter,
} from './cart-registry.js'

afterEach(() => {
  clearCartSessions()
  localStorage.clear()
  vi.unstubAllGlobals()
})

const API = 'https://shop.test/api/checkout'
const http = (baseUrl = API) => createHttpAdapter({ baseUrl })
/** An in-memory adapter that says it is the REST backend at `API`. */
const restAt = (endpoint = API): CheckoutAdapter =>
  Object.assign(fakeAdapter(), { identity: backendIdentity('rest', endpoint) })

describe('pageCartFor', () => {
  it('gives every adapter of one backend the same session, whichever object it is', () => {
    const first = pageCartFor(http(`${API}/`)).session
    expect(pageCartFor(http()).session).toBe(first)
    expect(pageCartFor(http('https://other.test/api')).session).not.toBe(first)
  })

  it('keeps a channel apart from the same endpoint without one', () => {
    const at = (channel?: string) =>
      Object.assign(fakeAdapter(), { identity: backendIdentity('vendure', API, channel) })
    expect(pageCartFor(at('eu')).session).toBe(pageCartFor(at('eu')).session)
    expect(pageCartFor(at('eu')).session).not.toBe(pageCartFor(at()).session)
  })

  it('gives an adapter without an identity a session of its own', () => {
    const adapter = fakeAdapter()
    expect(pageCartFor(adapter).session).toBe(pageCartFor(adapter).session)
    expect(pageCartFor(fakeAdapter()).session).not.toBe(pageCartFor(adapter).session)
    expect(pageCartFor(adapter).storageKey).toBe('weship:cart')
  })

  it('remembers the cart under one key per backend, in localStorage', async () => {
    const { session, storageKey } = pageCartFor(restAt())
    expect(storageKey).toBe(`weship:cart:rest:${API}`)
    await session.addItem('MUG-WHITE')
    expect(localStorage.getItem(storageKey)).toBe(session.cart.value?.id)
  })

  it("adopts an earlier release's key for an api attribute, then its adapter default", () => {
    localStorage.setItem(`weship:cart:${API}`, 'from-api')
    localStorage.setItem('weship:cart', 'from-adapter')
    pageCartFor(restAt())
    expect(localStorage.getItem(`weship:cart:rest:${API}`)).toBe('from-api')
    expect(localStorage.getItem(`weship:cart:${API}`)).toBeNull()
    // The adapter default goes to the next backend that finds nothing of its own.
    const vendure = Object.assign(fakeAdapter(), { identity: backendIdentity('vendure', API) })
    pageCartFor(vendure)
    expect(localStorage.getItem(`weship:cart:vendure:${API}`)).toBe('from-adapter')
    expect(localStorage.getItem('weship:cart')).toBeNull()
  })

  it('never overwrites a cart already under the new key', () => {
    localStorage.setItem(`weship:cart:rest:${API}`, 'current')
    localStorage.setItem('weship:cart', 'old')
    pageCartFor(restAt())
    expect(localStorage.getItem(`weship:cart:rest:${API}`)).toBe('current')
    expect(localStorage.getItem('weship:cart')).toBe('old')
  })

  it("lets the developer's adapter replace one built from attributes until it is used", async () => {
    const fromAttributes = builtFromAttributes(restAt())
    const fromDeveloper = restAt()
    const spy = vi.spyOn(fromDeveloper, 'createCart')
    const { session } = pageCartFor(fromAttributes)
    expect(pageCartFor(fromDeveloper).session).toBe(session)
    await session.addItem('MUG-WHITE')
    expect(spy).toHaveBeenCalledOnce()
    // Once used, it stays: an adapter counts its carts' versions and keeps idempotency keys.
    const late = restAt()
    const lateSpy = vi.spyOn(late, 'addItem')
    pageCartFor(late)
    await session.addItem('MUG-WHITE')
    expect(lateSpy).not.toHaveBeenCalled()
  })

  it('uses a registered adapter for a backend that elements reach by attribute', async () => {
    const registered = restAt()
    const spy = vi.spyOn(registered, 'createCart')
    preferAdapter(registered)
    await pageCartFor(builtFromAttributes(restAt())).session.addItem('MUG-WHITE')
    expect(spy).toHaveBeenCalledOnce()
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
      const { session } = pageCartFor(restAt())
      expect(await session.addItem('MUG-WHITE')).toMatchObject({ itemCount: 1 })
    } finally {
      Object.defineProperty(globalThis, 'localStorage', original)
    }
  })
})
