import { describe, expect, it, vi } from 'vitest'
import { lazyPaymentProvider } from './lazy-payment-provider.js'
import type { PaymentMountContext, PaymentProvider } from './payment-provider.js'

const context: PaymentMountContext = {
  method: { id: 'stripe-card', type: 'card', label: 'Card', provider: 'stripe' },
  locale: 'en',
  title: 'Secure card fields',
  amount: { amount: 1000, currency: 'EUR' },
}

function realProvider() {
  const update = vi.fn()
  const destroy = vi.fn()
  const tokenize = vi.fn(async () => ({ token: 'ctoken_1' }))
  const mount = vi.fn(() => ({ tokenize, update, destroy }))
  const provider: PaymentProvider = { type: 'card', name: 'stripe', mount }
  return { provider, mount, update, destroy, tokenize }
}

describe('a lazily fetched provider', () => {
  it('fetches its code on the first mount only, and hands the latest amount over', async () => {
    const real = realProvider()
    const load = vi.fn(async () => real.provider)
    const lazy = lazyPaymentProvider({ type: 'card', name: 'stripe', mountTarget: 'light' }, load)
    expect(load).not.toHaveBeenCalled()
    const mounted = lazy.mount(document.createElement('div'), context)
    const later = { amount: { amount: 500, currency: 'EUR' }, locale: 'en' }
    mounted.update?.(later)
    await expect(mounted.tokenize()).resolves.toEqual({ token: 'ctoken_1' })
    expect(real.update).toHaveBeenCalledWith(later)
    lazy.mount(document.createElement('div'), context)
    expect(load).toHaveBeenCalledOnce()
  })

  it('reports a failed fetch at tokenize and fetches again on the next mount', async () => {
    const real = realProvider()
    const load = vi
      .fn<() => Promise<PaymentProvider>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(real.provider)
    const lazy = lazyPaymentProvider({ type: 'card', name: 'stripe' }, load)
    await expect(
      lazy.mount(document.createElement('div'), context).tokenize(),
    ).rejects.toMatchObject({ code: 'NETWORK' })
    await expect(lazy.mount(document.createElement('div'), context).tokenize()).resolves.toEqual({
      token: 'ctoken_1',
    })
  })

  it('does not mount fields destroyed before its code arrived', async () => {
    const real = realProvider()
    const lazy = lazyPaymentProvider({ type: 'card' }, async () => real.provider)
    const mounted = lazy.mount(document.createElement('div'), context)
    mounted.destroy()
    await expect(mounted.tokenize()).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(real.mount).not.toHaveBeenCalled()
  })

  it('leaves the actions to the widget for a provider that runs none (the card fields)', () => {
    const load = vi.fn(async () => realProvider().provider)
    const card = lazyPaymentProvider({ type: 'card', handlesActions: false }, load)
    // Without handleAction the review frames the bank's check itself, as for the eager provider.
    expect(card.handleAction).toBeUndefined()
    expect(lazyPaymentProvider({ type: 'card' }, load).handleAction).toBeTypeOf('function')
    expect(load).not.toHaveBeenCalled()
  })
})
