// @vitest-environment node
import { describe, expect, it } from 'vitest'

describe('on a server (no DOM)', () => {
  it('loads the package and defining is a no-op', async () => {
    expect(typeof HTMLElement).toBe('undefined')
    const { defineCheckoutElements, CheckoutElement } = await import('./index.js')
    expect(() => defineCheckoutElements()).not.toThrow()
    expect(typeof CheckoutElement).toBe('function')
  })

  it('takes the page backend at module scope, as a server-rendered app registers it', async () => {
    const { registerBackend, createHttpAdapter } = await import('./index.js')
    const unregister = registerBackend(createHttpAdapter({ baseUrl: 'https://shop.example/api' }))
    expect(typeof unregister).toBe('function')
    unregister()
  })

  it('loads the registering entry without throwing', async () => {
    await expect(import('./define.js')).resolves.toBeDefined()
  })
})

describe('the built npm entry', () => {
  it('exports the public API and nothing of its chunks', async () => {
    // Built by `pnpm build`, which the test command runs first.
    const entry = await import('../dist/index.js')
    expect(Object.keys(entry).sort()).toEqual([
      'AddToCartElement',
      // The base of the elements that talk to a shop, exported so pages can type them.
      'BackendElement',
      'CartButtonElement',
      'CheckoutElement',
      'CheckoutError',
      'OrderStatusElement',
      'WeshipElement',
      'checkoutElements',
      'createCardProvider',
      'createHttpAdapter',
      'defineCheckoutElements',
      'registerBackend',
    ])
  })
})
