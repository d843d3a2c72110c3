import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage } from './storage.js'

const address = {
  name: 'Ada Lovelace',
  line1: 'Torstraße 109',
  city: 'Berlin',
  postalCode: '10119',
  country: 'DE',
}
const standard = {
  id: 'standard',
  kind: 'standard' as const,
  label: 'Standard',
  price: { amount: 495, currency: 'EUR' },
  estimatedDelivery: null,
}

/** A checkout whose cart is complete up to payment, for going back and forth in the steps. */
async function completeCheckout() {
  let cart = cartFixture({
    itemCount: 1,
    contact: { email: 'ada@example.com' },
    shippingAddress: address,
    shippingOptionId: 'standard',
  })
  const change = async (patch: Partial<Cart>) => {
    cart = { ...cart, ...patch, version: cart.version + 1 }
    return cart
  }
  const adapter = stubAdapter({
    getCart: async () => cart,
    setContact: vi.fn((_: string, contact) => change({ contact })),
    setShippingAddress: vi.fn((_: string, shippingAddress) => change({ shippingAddress })),
    setBillingAddress: vi.fn((_: string, billingAddress) => change({ billingAddress })),
    listShippingOptions: async () => [standard],
    selectShippingOption: vi.fn((_: string, shippingOptionId) => change({ shippingOptionId })),
    listPaymentMethods: async () => [{ id: 'card', type: 'card' as const, label: 'Card' }],
    applyCode: () =>
      Promise.reject(new CheckoutError('VALIDATION', 'No.', { reason: 'code_unknown' })),
  })
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter, storage: cartIds })
  const checkout = createCheckout({ adapter, session, storage: createMemoryStorage() })
  await checkout.resume()
  return { checkout, adapter }
}

describe('a jump forward in the steps', () => {
  it('is refused while the step holds typed input it has not saved, and taken once saved', async () => {
    const { checkout, adapter } = await completeCheckout()
    expect(checkout.goTo('contact')).toBe(true)
    checkout.saveDraftField('contact.email', 'grace@example.com')
    // Skipping ahead would go on with the old e-mail while the form shows the new one.
    expect(checkout.goTo('payment')).toBe(false)
    expect(checkout.step.value).toBe('contact')
    expect(await checkout.saveStep()).toBe(true)
    expect(adapter.setContact).toHaveBeenCalledOnce()
    expect(checkout.goTo('payment')).toBe(true)
    expect(checkout.cart.value?.contact?.email).toBe('grace@example.com')
  })

  it('saves nothing for a step whose input the cart already has', async () => {
    const { checkout, adapter } = await completeCheckout()
    checkout.goTo('shipping')
    expect(await checkout.saveStep()).toBe(true)
    expect(adapter.setShippingAddress).not.toHaveBeenCalled()
    expect(checkout.goTo('payment')).toBe(true)
  })

  it('keeps the shopper on a step whose input is refused', async () => {
    const { checkout, adapter } = await completeCheckout()
    checkout.goTo('shipping')
    checkout.saveDraftField('shippingAddress.postalCode', '1')
    expect(await checkout.saveStep()).toBe(false)
    expect(checkout.fieldErrors.value['shippingAddress.postalCode']?.reason).toBe(
      'invalid_postal_code',
    )
    expect(checkout.goTo('payment')).toBe(false)
    expect(adapter.setShippingAddress).not.toHaveBeenCalled()
  })

  it('saves a separate billing address the way "Continue to review" does', async () => {
    const { checkout, adapter } = await completeCheckout()
    checkout.goTo('payment')
    await checkout.setBillingSameAsShipping(false)
    for (const [field, value] of Object.entries({ ...address, name: 'Grace Hopper' })) {
      checkout.saveDraftField(`billingAddress.${field}` as 'billingAddress.name', value)
    }
    expect(checkout.goTo('review')).toBe(false)
    expect(await checkout.saveStep()).toBe(true)
    expect(adapter.setBillingAddress).toHaveBeenCalledOnce()
    expect(checkout.goTo('review')).toBe(true)
  })

  it('leaves a refused promo code on the step it was typed on', async () => {
    const { checkout } = await completeCheckout()
    checkout.goTo('shipping')
    expect(await checkout.applyCode('NOPE')).toBe(false)
    expect(checkout.fieldErrors.value.code?.reason).toBe('code_unknown')
    expect(checkout.goTo('payment')).toBe(true)
    expect(checkout.fieldErrors.value.code).toBeUndefined()
  })
})
