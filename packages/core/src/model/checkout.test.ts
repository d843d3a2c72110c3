import { effect } from '@preact/signals-core'
import { describe, expect, it } from 'vitest'
import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage, type KeyValueStorage } from './storage.js'

const address = {
  name: 'Ada',
  line1: '1 Main St',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
}
const standard = {
  id: 'standard',
  kind: 'standard' as const,
  label: 'Standard',
  price: { amount: 490, currency: 'EUR' },
  estimatedDelivery: null,
}

/** A backend that only answers reads: these tests move between steps, they change nothing. */
function backend(cart: Partial<Cart> = {}, overrides: Partial<CheckoutAdapter> = {}) {
  return stubAdapter({
    getCart: async () => cartFixture({ itemCount: 1, ...cart }),
    listShippingOptions: async () => [standard],
    listPaymentMethods: async () => [{ id: 'card', type: 'card', label: 'Card' }],
    ...overrides,
  })
}

async function open(adapter: CheckoutAdapter, storage: KeyValueStorage = createMemoryStorage()) {
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter, storage: cartIds })
  const checkout = createCheckout({ adapter, session, storage })
  await checkout.resume()
  return checkout
}

const ready = {
  contact: { email: 'ada@example.com' },
  shippingAddress: address,
  shippingOptionId: 'standard',
}

describe('checkout steps', () => {
  it('starts at the cart and refuses to skip a step whose prerequisites are missing', async () => {
    const checkout = await open(backend())
    expect(checkout.step.value).toBe('cart')
    expect(checkout.goTo('shipping')).toBe(false)
    expect(checkout.step.value).toBe('cart')
    expect(checkout.next()).toBe(true)
    expect(checkout.step.value).toBe('contact')
    expect(checkout.canProceed.value).toBe(false)
  })

  it('goes forward once the server has the details, and back to any step from review', async () => {
    const checkout = await open(backend(ready))
    expect(checkout.goTo('review')).toBe(false)
    checkout.selectPaymentMethod('card')
    expect(checkout.goTo('review')).toBe(true)
    expect(checkout.goTo('contact')).toBe(true)
    expect(checkout.goTo('review')).toBe(true)
    expect(checkout.canPlaceOrder.value).toBe(true)
  })
})

describe('checkout resuming', () => {
  it('shows a failed start-up load until "Try again" brings the cart', async () => {
    let fails = true
    const adapter = backend(
      {},
      {
        getCart: async () => {
          if (fails) throw new CheckoutError('NETWORK', 'down', { reason: 'unreachable' })
          return cartFixture({ itemCount: 1 })
        },
      },
    )
    const cartIds = createMemoryStorage()
    cartIds.setItem('weship:cart', 'cart_1')
    const session = createCartSession({ adapter, storage: cartIds })
    const checkout = createCheckout({ adapter, session, storage: createMemoryStorage() })
    await checkout.resume()
    expect(checkout.error.value?.reason).toBe('unreachable')
    fails = false
    await session.load('cart_1')
    expect(checkout.error.value).toBeNull()
    checkout.dispose()
  })

  it('keeps a step the shopper took while it was still resuming', async () => {
    const adapter = backend()
    const session = createCartSession({ adapter, storage: createMemoryStorage() })
    // The cart shows (and the shopper can click) a few ticks before the load's promise settles.
    const shown = new Promise<void>((resolve) =>
      effect(() => {
        if (session.cart.value) resolve()
      }),
    )
    void session.load('cart_1')
    const checkout = createCheckout({ adapter, session, storage: createMemoryStorage() })
    await shown
    expect(checkout.goTo('contact')).toBe(true)
    await checkout.resume()
    expect(checkout.step.value).toBe('contact')
  })
})

describe('checkout draft', () => {
  it('resumes at the saved step with what was typed but never sent', async () => {
    const storage = createMemoryStorage()
    const adapter = backend({ contact: ready.contact })
    const first = await open(adapter, storage)
    first.goTo('contact')
    first.goTo('shipping')
    first.saveDraftField('shippingAddress.line1', '221B Baker St')
    first.dispose()
    const second = await open(adapter, storage)
    expect(second.step.value).toBe('shipping')
    expect(second.shippingAddress.value.line1).toBe('221B Baker St')
    expect(second.contact.value.email).toBe('ada@example.com')
  })

  it('checks the saved step against the fresh cart', async () => {
    const storage = createMemoryStorage()
    const first = await open(backend(ready), storage)
    first.selectPaymentMethod('card')
    first.goTo('review')
    const gone = backend(
      { ...ready, shippingOptionId: null },
      { listShippingOptions: async () => [] },
    )
    const second = await open(gone, storage)
    expect(second.step.value).toBe('shipping')
  })

  it("keeps what was typed for another cart, but not that cart's choices or attempt", async () => {
    const storage = createMemoryStorage()
    const attempt = { key: 'old-key', cartId: 'cart_0', cartVersion: 1, methodId: 'card' }
    const stale = {
      ...{ version: 1, savedAt: Date.now(), cartId: 'cart_0', step: 'review' },
      ...{ contact: { email: 'ada@example.com' }, shippingAddress: {}, billingAddress: {} },
      ...{ billingSameAsShipping: true, selectedShippingOptionId: 'express' },
      ...{ selectedPaymentMethodId: 'card', attempt, order: null },
    }
    storage.setItem('weship:checkout', JSON.stringify(stale))
    const checkout = await open(backend(), storage)
    expect(checkout.contact.value.email).toBe('ada@example.com')
    expect(checkout.step.value).toBe('contact')
    expect(checkout.selectedShippingOptionId.value).toBeNull()
    expect(storage.getItem('weship:checkout')).not.toContain('old-key')
  })

  it('forgets the draft and every input on reset, but not the cart', async () => {
    const storage = createMemoryStorage()
    const checkout = await open(backend(ready), storage)
    checkout.goTo('contact')
    checkout.saveDraftField('contact.email', 'ada@example.com')
    expect(storage.getItem('weship:checkout')).not.toBeNull()
    expect(checkout.reset()).toBe(true)
    expect(checkout.step.value).toBe('cart')
    expect(checkout.contact.value).toEqual({})
    expect(storage.getItem('weship:checkout')).toBeNull()
    expect(checkout.cart.value?.id).toBe('cart_1')
  })
})
