import { describe, expect, it } from 'vitest'
import type { Cart } from '../schemas/cart.js'
import { cartFixture } from '../testing/fixtures.js'
import {
  canEnterStep,
  firstIncompleteStep,
  furthestReachable,
  type GuardInput,
  stepOwningFields,
} from './checkout-steps.js'

const address = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Berlin', country: 'DE' }
const filled: Partial<Cart> = {
  itemCount: 1,
  contact: { email: 'ada@example.com' },
  shippingAddress: address,
  shippingOptionId: 'standard',
}
const input = (cart: Partial<Cart> | null, more: Partial<GuardInput> = {}): GuardInput => ({
  cart: cart && cartFixture(cart),
  order: null,
  billingSameAsShipping: true,
  selectedPaymentMethodId: 'card',
  paymentMethods: [],
  ...more,
})

describe('step guards', () => {
  it('needs items before contact, and a valid e-mail on the cart before shipping', () => {
    expect(canEnterStep('contact', input({ itemCount: 0 }))).toBe(false)
    expect(canEnterStep('contact', input({ itemCount: 1 }))).toBe(true)
    expect(canEnterStep('shipping', input({ itemCount: 1 }))).toBe(false)
    const typo = { itemCount: 1, contact: { email: 'ada@' } }
    expect(canEnterStep('shipping', input(typo))).toBe(false)
  })

  it('needs an address and a chosen option before payment', () => {
    const noOption = { ...filled, shippingOptionId: null }
    expect(canEnterStep('payment', input(noOption))).toBe(false)
    expect(canEnterStep('payment', input(filled))).toBe(true)
  })

  it('needs a method and a billing address before review', () => {
    expect(canEnterStep('review', input(filled, { selectedPaymentMethodId: null }))).toBe(false)
    expect(canEnterStep('review', input(filled, { billingSameAsShipping: false }))).toBe(false)
    const billed = { ...filled, billingAddress: address }
    expect(canEnterStep('review', input(billed, { billingSameAsShipping: false }))).toBe(true)
  })

  it('refuses a chosen method the backend no longer offers', () => {
    const methods = [{ id: 'invoice', type: 'invoice' as const, label: 'Invoice' }]
    expect(canEnterStep('review', input(filled, { paymentMethods: methods }))).toBe(false)
  })

  it('lets only the confirmation follow an order', () => {
    const order = {} as GuardInput['order']
    expect(canEnterStep('confirmation', input(filled))).toBe(false)
    expect(canEnterStep('review', input(filled, { order }))).toBe(false)
    expect(canEnterStep('confirmation', input(null, { order }))).toBe(true)
  })

  it('finds the first step that still needs the shopper', () => {
    expect(firstIncompleteStep(input({ itemCount: 1 }))).toBe('contact')
    expect(firstIncompleteStep(input(filled))).toBe('review')
  })

  it('resumes at the saved step, or the last one before it that is still allowed', () => {
    expect(furthestReachable('review', input(filled))).toBe('review')
    expect(furthestReachable('review', input({ ...filled, shippingOptionId: null }))).toBe(
      'shipping',
    )
    expect(furthestReachable('payment', input(null))).toBe('cart')
  })

  it('sends a refused field to the earliest step that owns it', () => {
    expect(stepOwningFields(['payment.token', 'shippingAddress.postalCode'])).toBe('shipping')
    expect(stepOwningFields(['contact.email'])).toBe('contact')
    expect(stepOwningFields(['cartVersion'])).toBeNull()
  })
})
