// @vitest-environment node
import { describe, expect, it } from 'vitest'

describe('on a server (no DOM)', () => {
  it('loads the package and defining is a no-op', async () => {
    expect(typeof HTMLElement).toBe('undefined')
    const { defineCheckoutElements, CheckoutElement } = await import('./index.js')
    expect(() => defineCheckoutElements()).not.toThrow()
    expect(typeof CheckoutElement).toBe('function')
  })

  it('loads the registering entry without throwing', async () => {
    await expect(import('./define.js')).resolves.toBeDefined()
  })
})
