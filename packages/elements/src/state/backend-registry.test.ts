import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { backendDeadlinePassed, setBackendDeadlinePassed } from './backend-deadline.js'
import { clearRegisteredBackends, registerBackend, registeredBackend } from './backend-registry.js'

afterEach(() => {
  clearRegisteredBackends()
  setBackendDeadlinePassed(false)
  vi.useRealTimers()
})

describe('registerBackend', () => {
  it('registers the page default, or a backend by name, and takes it back', () => {
    const shop = fakeAdapter()
    const outlet = fakeAdapter()
    const unregister = registerBackend(shop)
    registerBackend('outlet', outlet)
    expect(registeredBackend('default')).toBe(shop)
    expect(registeredBackend('outlet')).toBe(outlet)
    unregister()
    expect(registeredBackend('default')).toBeUndefined()
    expect(registeredBackend('outlet')).toBe(outlet)
  })

  it('lets a later registration replace an earlier one, whose take-back then does nothing', () => {
    const first = registerBackend('shop', fakeAdapter())
    const second = fakeAdapter()
    registerBackend('shop', second)
    first()
    expect(registeredBackend('shop')).toBe(second)
  })

  it.each([
    ['a built-in kind', 'vendure'],
    ['a name that is no attribute value', 'My Shop'],
    ['an empty name', ''],
  ])('refuses %s as a name with a CONFIG error', (_case, name) => {
    expect(() => registerBackend(name, fakeAdapter())).toThrow(
      expect.objectContaining({ code: 'CONFIG', reason: 'invalid_backend' }),
    )
  })

  it('refuses what is no adapter', () => {
    expect(() => registerBackend('shop', {} as never)).toThrow(
      expect.objectContaining({
        code: 'CONFIG',
        message: expect.stringContaining('CheckoutAdapter'),
      }),
    )
  })
})

describe('the grace period for a backend to appear', () => {
  it('ends a few seconds after the page has loaded', () => {
    vi.useFakeTimers()
    setBackendDeadlinePassed(false)
    expect(backendDeadlinePassed()).toBe(false)
    vi.advanceTimersByTime(4000)
    expect(backendDeadlinePassed()).toBe(false)
    vi.advanceTimersByTime(1000)
    expect(backendDeadlinePassed()).toBe(true)
  })
})
