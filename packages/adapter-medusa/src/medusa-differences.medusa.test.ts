import { type Cart, CheckoutError, type PaymentRequest } from '@weship/checkout-core'
import { describe, expect, inject, it } from 'vitest'
import { createMedusaAdapter, type MedusaAdapterOptions } from './medusa-adapter.js'
import type { MedusaPaymentSessionInfo } from './place-order.js'
import { medusaConformanceFixtures } from './testing/conformance-fixtures.js'
import { medusaDemoData as demo } from './testing/demo-data.js'

const medusa = inject('medusa')
const fixtures = medusaConformanceFixtures(medusa)
const adapter = (more: Partial<MedusaAdapterOptions> = {}) =>
  createMedusaAdapter({ baseUrl: medusa.baseUrl, publishableKey: medusa.publishableKey, ...more })
const key = () => ({ idempotencyKey: `medusa-${Math.random().toString(36).slice(2)}` })

async function readyToPay(backend = adapter()): Promise<Cart> {
  const cart = await backend.createCart({
    currency: 'EUR',
    items: [{ sku: demo.sku, quantity: 1 }],
  })
  await backend.setContact(cart.id, fixtures.contact)
  await backend.setShippingAddress(cart.id, fixtures.address)
  const [option] = await backend.listShippingOptions(cart.id)
  return backend.selectShippingOption(cart.id, option?.id ?? '')
}
const pay = (cart: Cart, payment: PaymentRequest) => ({ cartVersion: cart.version, payment })

describe('the Medusa adapter, where Medusa differs from the mock', () => {
  it('declares absent what stock Medusa lacks', () => {
    expect(adapter().capabilities).toMatchObject({
      giftCards: false,
      tracking: false,
      deliveryEstimates: false,
      cartRecovery: false,
      orderLookup: false,
      accounts: false,
    })
  })

  it('refuses an unknown code and one already applied, changing nothing', async () => {
    const backend = adapter()
    const cart = await backend.createCart({ items: [{ sku: demo.sku, quantity: 2 }] })
    const unknown = backend.applyCode(cart.id, 'NO-SUCH-CODE')
    await expect(unknown).rejects.toMatchObject({ code: 'VALIDATION', reason: 'code_unknown' })
    await backend.applyCode(cart.id, demo.promo.valid)
    const again = backend.applyCode(cart.id, demo.promo.valid)
    await expect(again).rejects.toMatchObject({ reason: 'code_already_applied' })
    expect((await backend.getCart(cart.id)).promoCodes).toEqual([demo.promo.valid])
  })

  it('refuses an address in a country the cart’s currency does not ship to', async () => {
    const backend = adapter()
    const cart = await backend.createCart({
      currency: 'EUR',
      items: [{ sku: demo.sku, quantity: 1 }],
    })
    const us = { ...fixtures.address, country: 'US', region: 'NY', postalCode: '10001' }
    const error = await backend.setShippingAddress(cart.id, us).catch((e: CheckoutError) => e)
    expect(error).toMatchObject({ code: 'VALIDATION', reason: 'country_not_served' })
    expect((error as CheckoutError).fieldErrors[0]?.field).toBe('country')
    expect((await backend.getCart(cart.id)).shippingAddress).toBeNull()
  })

  it('refuses a currency no region sells in', async () => {
    const refused = adapter().createCart({ currency: 'GBP' })
    await expect(refused).rejects.toMatchObject({ reason: 'unsupported_currency' })
  })

  it('lists a variant at the price the cart then charges for it', async () => {
    const backend = adapter()
    const products = await backend.listProducts('EUR')
    const variant = products.flatMap((p) => p.variants).find((v) => v.sku === demo.sku)
    expect(variant?.options).toEqual({ Size: 'M' })
    expect(
      products.flatMap((p) => p.variants).find((v) => v.sku === demo.lowStock.sku)?.stock,
    ).toBe(3)
    const cart = await backend.createCart({ items: [{ sku: demo.sku, quantity: 1 }] })
    expect(cart.items[0]?.unitPrice).toEqual(variant?.price)
    expect(cart.items[0]?.options).toEqual({ Size: 'M' })
  })

  it('keeps the marketing consent in the cart’s metadata', async () => {
    const backend = adapter()
    const cart = await backend.createCart({ items: [{ sku: demo.sku, quantity: 1 }] })
    const consent = { email: 'news@example.com', marketingConsent: { email: true } }
    await backend.setContact(cart.id, consent)
    expect((await adapter().getCart(cart.id)).contact).toEqual(consent)
  })

  it('answers a retry after a reload with the order Medusa made, never a second one', async () => {
    const page = adapter()
    const cart = await readyToPay(page)
    const payment = { methodId: demo.manualPayment }
    const first = await page.placeOrder(cart.id, pay(cart, payment), key())
    // A new page has forgotten the key and counts versions afresh; Medusa completes a cart once.
    const retried = await adapter().placeOrder(cart.id, pay(cart, payment), key())
    if (first.status !== 'completed' || retried.status !== 'completed') throw new Error('No order')
    expect(retried.order.id).toBe(first.order.id)
    expect(retried.order.number).toBe(first.order.number)
    const change = adapter().addItem(cart.id, { sku: demo.otherSku, quantity: 1 })
    await expect(change).rejects.toMatchObject({ code: 'CONFLICT', reason: 'cart_already_ordered' })
  })

  it('reads the order with its id as the token, and refuses another token', async () => {
    const backend = adapter()
    const cart = await readyToPay(backend)
    const placed = await backend.placeOrder(
      cart.id,
      pay(cart, { methodId: demo.manualPayment }),
      key(),
    )
    if (placed.status !== 'completed') throw new Error('No order')
    expect(placed.order.statusToken).toBe(placed.order.id)
    const read = await adapter().getOrder(placed.order.id, { token: placed.order.id })
    expect(read.receipt.payments).toEqual([
      { type: 'invoice', label: 'Manual payment', amount: cart.total },
    ])
    expect(read.shippingAddress).toMatchObject({ name: 'Ada Lovelace', postalCode: '10117' })
    const wrong = adapter().getOrder(placed.order.id, { token: 'order_someone_else' })
    await expect(wrong).rejects.toMatchObject({ reason: 'order_not_found' })
  })

  it('offers the providers asked for, named as the merchant says', async () => {
    const cart = await readyToPay()
    const backend = adapter({
      paymentProviders: [demo.manualPayment, 'pp_not_in_region'],
      paymentMethods: { [demo.manualPayment]: { label: 'Bank transfer' } },
    })
    expect(await backend.listPaymentMethods(cart.id)).toEqual([
      { id: demo.manualPayment, type: 'invoice', label: 'Bank transfer' },
    ])
  })

  it('hands the payment session to a handler before completing, which may decline', async () => {
    const sessions: MedusaPaymentSessionInfo[] = []
    let decline = true
    const backend = adapter({
      paymentHandlers: {
        [demo.testCard]: {
          sessionData: (payment) => ({ token: `handler-${payment.token}` }),
          async confirm(session) {
            sessions.push(session)
            if (decline) {
              throw new CheckoutError('PAYMENT_DECLINED', 'Declined in the browser.', {
                reason: 'card_declined',
              })
            }
          },
        },
      },
    })
    const cart = await readyToPay(backend)
    const card = { methodId: demo.testCard, token: 'tok-1' }
    const declined = backend.placeOrder(cart.id, pay(cart, card), key())
    await expect(declined).rejects.toMatchObject({ code: 'PAYMENT_DECLINED' })
    expect((await backend.getCart(cart.id)).items).toHaveLength(1)
    decline = false
    const placed = await backend.placeOrder(cart.id, pay(cart, { ...card, token: 'tok-2' }), key())
    expect(placed.status).toBe('completed')
    expect(sessions.map((s) => [s.providerId, s.data.token, s.amount])).toEqual([
      [demo.testCard, 'handler-tok-1', cart.total],
      [demo.testCard, 'handler-tok-2', cart.total],
    ])
  })

  it('says which configuration is wrong: no key, or a key Medusa does not know', async () => {
    expect(() => adapter({ publishableKey: '' })).toThrow(CheckoutError)
    const unknownKey = adapter({ publishableKey: 'pk_not_a_real_key' }).createCart({})
    await expect(unknownKey).rejects.toMatchObject({
      code: 'CONFIG',
      reason: 'publishable_key_invalid',
    })
  })
})
