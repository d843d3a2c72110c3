import { describe, expect, it, vi } from 'vitest'
import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import type { PaymentMethod } from '../schemas/payment.js'
import type { ShippingOption } from '../schemas/shipping.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage, type KeyValueStorage } from './storage.js'

const address = {
  name: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
}
const eur = (amount: number) => ({ amount, currency: 'EUR' })
const dates = { earliest: '2026-12-01', latest: '2026-12-03' }
const options: ShippingOption[] = [
  {
    id: 'standard',
    kind: 'standard',
    label: 'Standard',
    price: eur(490),
    estimatedDelivery: dates,
  },
  { id: 'express', kind: 'express', label: 'Express', price: eur(990), estimatedDelivery: dates },
]
const methods: PaymentMethod[] = [{ id: 'card', type: 'card', label: 'Card' }]

/** A backend that keeps one cart and bumps its version on every change, like a real one. */
function backend(start: Partial<Cart> = {}, overrides: Partial<CheckoutAdapter> = {}) {
  let cart = cartFixture({ itemCount: 1, ...start })
  const change = async (patch: Partial<Cart>) => {
    cart = { ...cart, ...patch, version: cart.version + 1 }
    return cart
  }
  const adapter = stubAdapter({
    getCart: vi.fn(async () => cart),
    setContact: vi.fn((_: string, contact) => change({ contact })),
    setShippingAddress: vi.fn((_: string, shippingAddress) => change({ shippingAddress })),
    setBillingAddress: vi.fn((_: string, billingAddress) => change({ billingAddress })),
    listShippingOptions: vi.fn(async () => options),
    selectShippingOption: vi.fn((_: string, shippingOptionId) => change({ shippingOptionId })),
    listPaymentMethods: vi.fn(async () => methods),
    applyCode: vi.fn((_: string, code) => change({ promoCodes: [code] })),
    ...overrides,
  })
  return { adapter, cart: () => cart }
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
const offline = () => Promise.reject(new CheckoutError('NETWORK', 'offline'))

describe('checkout details', () => {
  it('refuses a malformed e-mail without a request, keeping what was typed', async () => {
    const { adapter } = backend()
    const checkout = await open(adapter)
    expect(await checkout.setContact({ email: 'ada@' })).toBe(false)
    expect(adapter.setContact).not.toHaveBeenCalled()
    expect(checkout.fieldErrors.value['contact.email']?.reason).toBe('invalid_email')
    expect(checkout.contact.value.email).toBe('ada@')
  })

  it('saves the contact and opens the shipping step', async () => {
    const checkout = await open(backend().adapter)
    expect(await checkout.setContact({ email: 'ada@example.com' })).toBe(true)
    expect(checkout.cart.value?.contact?.email).toBe('ada@example.com')
    expect(checkout.fieldErrors.value).toEqual({})
    expect(checkout.canEnter.value.shipping).toBe(true)
  })

  it('keeps the contact through a network failure and sends it again on retry', async () => {
    const setContact = vi.fn().mockImplementationOnce(offline)
    const { adapter } = backend({}, { setContact })
    setContact.mockImplementation(async (_: string, contact) =>
      cartFixture({ itemCount: 1, contact }),
    )
    const checkout = await open(adapter)
    expect(await checkout.setContact({ email: 'ada@example.com' })).toBe(false)
    expect(checkout.error.value?.code).toBe('NETWORK')
    expect(checkout.contact.value.email).toBe('ada@example.com')
    expect(await checkout.retry()).toBe(true)
    expect(setContact).toHaveBeenCalledTimes(2)
    expect(checkout.error.value).toBeNull()
  })

  it("checks the country's rules before sending an address", async () => {
    const { adapter } = backend()
    const checkout = await open(adapter)
    expect(await checkout.setShippingAddress({ ...address, postalCode: '1011' })).toBe(false)
    expect(adapter.setShippingAddress).not.toHaveBeenCalled()
    expect(checkout.fieldErrors.value['shippingAddress.postalCode']?.reason).toBe(
      'invalid_postal_code',
    )
    expect(checkout.shippingAddress.value.postalCode).toBe('1011')
  })

  it('saves the address, marks totals stale meanwhile, then preselects a delivery option', async () => {
    const { adapter } = backend({ contact: ready.contact })
    const checkout = await open(adapter)
    const saving = checkout.setShippingAddress(address)
    expect(checkout.totalsStale.value).toBe(true)
    expect(checkout.busy.value.has('setShippingAddress')).toBe(true)
    expect(await saving).toBe(true)
    expect(checkout.shippingOptions.value).toEqual(options)
    expect(adapter.selectShippingOption).toHaveBeenCalledWith('cart_1', 'standard', {})
    expect(checkout.cart.value?.shippingOptionId).toBe('standard')
    expect(checkout.totalsStale.value).toBe(false)
  })

  it('sends the pickup point chosen with its option, and keeps it for a retry', async () => {
    const { adapter } = backend({ contact: ready.contact })
    const checkout = await open(adapter)
    await checkout.setShippingAddress(address)
    expect(await checkout.selectShippingOption('pickup', 'pp-2')).toBe(true)
    expect(adapter.selectShippingOption).toHaveBeenLastCalledWith('cart_1', 'pickup', {
      pickupPointId: 'pp-2',
    })
  })

  it('shows the server refusal of an address on its field', async () => {
    const refusal = new CheckoutError('VALIDATION', 'no such postal code', {
      reason: 'unknown_postal_code',
      fieldErrors: [{ field: 'postalCode', message: 'No such postal code.' }],
    })
    const { adapter } = backend({}, { setShippingAddress: () => Promise.reject(refusal) })
    const checkout = await open(adapter)
    const typed = { ...address, postalCode: '99999' }
    expect(await checkout.setShippingAddress(typed)).toBe(false)
    expect(checkout.fieldErrors.value['shippingAddress.postalCode']?.reason).toBe(
      'unknown_postal_code',
    )
    expect(checkout.error.value).toBeNull()
    expect(checkout.shippingAddress.value).toEqual(typed)
  })

  it('keeps the chosen option when saving it fails', async () => {
    const checkout = await open(backend(ready, { selectShippingOption: offline }).adapter)
    expect(await checkout.selectShippingOption('express')).toBe(false)
    expect(checkout.selectedShippingOptionId.value).toBe('express')
    expect(checkout.cart.value?.shippingOptionId).toBe('standard')
    expect(checkout.error.value?.code).toBe('NETWORK')
  })

  it('shows a refused code on the code field with the reason', async () => {
    const expired = new CheckoutError('VALIDATION', 'expired', { reason: 'code_expired' })
    const applyCode = vi.fn().mockRejectedValueOnce(expired)
    const checkout = await open(backend({}, { applyCode }).adapter)
    expect(await checkout.applyCode(' OLD10 ')).toBe(false)
    expect(applyCode).toHaveBeenCalledWith('cart_1', 'OLD10')
    expect(checkout.fieldErrors.value.code?.reason).toBe('code_expired')
    expect(checkout.error.value).toBeNull()
    applyCode.mockResolvedValueOnce(
      cartFixture({ itemCount: 1, version: 2, promoCodes: ['NEW10'] }),
    )
    expect(await checkout.applyCode('NEW10')).toBe(true)
    expect(checkout.fieldErrors.value.code).toBeUndefined()
    expect(checkout.cart.value?.promoCodes).toEqual(['NEW10'])
  })

  it('lists the payment methods again when a gift card covers the order, or no longer does', async () => {
    const card: PaymentMethod = { id: 'card', type: 'card', label: 'Card' }
    const giftCard: PaymentMethod = { id: 'gift_card', type: 'gift_card', label: 'Gift card' }
    const { adapter } = backend(ready, {
      removeCode: vi.fn(async () => cartFixture({ ...ready, itemCount: 1, version: 9 })),
    })
    const listed = vi.mocked(adapter.listPaymentMethods)
    const checkout = await open(adapter)
    await checkout.loadPaymentMethods()
    expect(checkout.selectedPaymentMethodId.value).toBe('card')

    listed.mockResolvedValueOnce([giftCard])
    expect(await checkout.applyCode('GIFT-COVERS-ALL')).toBe(true)
    expect(checkout.paymentMethods.value).toEqual([giftCard])
    expect(checkout.selectedPaymentMethodId.value).toBe('gift_card')

    listed.mockResolvedValueOnce([card])
    expect(await checkout.removeCode('GIFT-COVERS-ALL')).toBe(true)
    expect(checkout.selectedPaymentMethodId.value).toBe('card')
  })

  it('tells of a code the backend dropped by itself, not of one the shopper removed', async () => {
    const { adapter } = backend(
      { promoCodes: ['WELCOME10', 'FREESHIP'] },
      {
        // The shop knows the e-mail now: WELCOME10 was that customer's already.
        setContact: vi.fn(async (_: string, contact) =>
          cartFixture({ itemCount: 1, version: 5, contact, promoCodes: ['FREESHIP'] }),
        ),
        removeCode: vi.fn(async () => cartFixture({ itemCount: 1, version: 6, promoCodes: [] })),
      },
    )
    const checkout = await open(adapter)
    expect(checkout.droppedCodes.value).toEqual([])
    expect(await checkout.setContact({ email: 'ada@example.com' })).toBe(true)
    expect(checkout.droppedCodes.value).toEqual(['WELCOME10'])

    expect(await checkout.removeCode('FREESHIP')).toBe(true)
    expect(checkout.droppedCodes.value).toEqual([])
  })

  it('keeps a code whose removal failed, and removes it on retry', async () => {
    const removeCode = vi.fn().mockImplementationOnce(offline)
    removeCode.mockResolvedValue(cartFixture({ itemCount: 1, version: 3 }))
    const checkout = await open(backend({ promoCodes: ['SAVE10'] }, { removeCode }).adapter)
    expect(await checkout.removeCode('SAVE10')).toBe(false)
    expect(checkout.cart.value?.promoCodes).toEqual(['SAVE10'])
    expect(checkout.error.value?.code).toBe('NETWORK')
    expect(await checkout.retry()).toBe(true)
    expect(checkout.cart.value?.promoCodes).toEqual([])
  })

  it('asks for a billing address only when it differs from shipping', async () => {
    const { adapter } = backend(ready)
    const checkout = await open(adapter)
    checkout.selectPaymentMethod('card')
    expect(await checkout.setBillingSameAsShipping(false)).toBe(true)
    expect(adapter.setBillingAddress).not.toHaveBeenCalled()
    expect(checkout.canEnter.value.review).toBe(false)
    expect(await checkout.setBillingAddress({ ...address, name: 'Ada Billing' })).toBe(true)
    expect(checkout.canEnter.value.review).toBe(true)
    expect(await checkout.setBillingSameAsShipping(true)).toBe(true)
    expect(adapter.setBillingAddress).toHaveBeenLastCalledWith('cart_1', null)
  })

  it('turns a failed load into a retryable error', async () => {
    const listPaymentMethods = vi.fn().mockImplementationOnce(offline).mockResolvedValue(methods)
    const checkout = await open(backend(ready, { listPaymentMethods }).adapter)
    expect(await checkout.loadPaymentMethods()).toBe(false)
    expect(checkout.error.value?.code).toBe('NETWORK')
    expect(await checkout.retry()).toBe(true)
    expect(checkout.paymentMethods.value).toEqual(methods)
  })

  it('says there is no cart instead of throwing when the shopper has none', async () => {
    const adapter = backend().adapter
    const checkout = createCheckout({ adapter })
    expect(await checkout.resume()).toBe('cart')
    expect(await checkout.setContact({ email: 'ada@example.com' })).toBe(false)
    expect(checkout.error.value?.reason).toBe('cart_missing')
  })

  it('loads payment methods and refuses one it does not offer', async () => {
    const checkout = await open(backend(ready).adapter)
    expect(await checkout.loadPaymentMethods()).toBe(true)
    expect(checkout.selectedPaymentMethodId.value).toBe('card')
    expect(checkout.selectPaymentMethod('bitcoin')).toBe(false)
    expect(checkout.selectedPaymentMethodId.value).toBe('card')
  })

  it('validates a field on blur and clears its error on the first valid keystroke', async () => {
    const checkout = await open(backend().adapter)
    checkout.saveDraftField('contact.email', 'ada@')
    expect(checkout.fieldErrors.value['contact.email']).toBeUndefined()
    expect(checkout.validateField('contact.email')).toBe(false)
    checkout.saveDraftField('contact.email', 'ada@ex')
    expect(checkout.fieldErrors.value['contact.email']).toBeDefined()
    checkout.saveDraftField('contact.email', 'ada@example.com')
    expect(checkout.fieldErrors.value['contact.email']).toBeUndefined()
  })
})
