import { type ConformanceFixtures, runAdapterConformance } from '@weship/checkout-core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { vendureDemoData } from './testing/seed-vendure.js'
import { type RunningVendure, startVendure } from './testing/start-vendure.js'
import { createVendureAdapter } from './vendure-adapter.js'

let vendure: RunningVendure | undefined
beforeAll(async () => {
  vendure = await startVendure({ dataDir: new URL('../.vendure-data', import.meta.url).pathname })
})
afterAll(async () => {
  await vendure?.stop()
})

// The dummy payment handler declines when its metadata says so; any other token pays.
const DECLINE = 'decline-me'
let tokens = 0
const payWith = (token: string) => async () => ({
  methodId: vendureDemoData.paymentMethod,
  token: `${token}-${++tokens}`,
})

const address = {
  name: 'Ada Lovelace',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

const fixtures: ConformanceFixtures = {
  createAdapter: () =>
    createVendureAdapter({
      shopApiUrl: vendure?.shopApiUrl ?? '',
      paymentMetadata: (payment) =>
        payment.token?.startsWith(DECLINE) ? { shouldDecline: true } : { token: payment.token },
    }),
  currency: vendureDemoData.currency,
  sku: vendureDemoData.sku,
  otherSku: vendureDemoData.otherSku,
  lowStock: vendureDemoData.lowStock,
  unknownSku: 'NO-SUCH-SKU',
  contact: { email: 'conformance@example.com', marketingConsent: { email: false } },
  address,
  invalidAddress: { ...address, postalCode: '1' },
  promo: {
    valid: vendureDemoData.promo.valid,
    refused: { code: vendureDemoData.promo.expired, reason: 'code_expired' },
  },
  payment: {
    methodId: vendureDemoData.paymentMethod,
    success: payWith('dummy-ok'),
    declined: payWith(DECLINE),
  },
}

runAdapterConformance('the Vendure adapter against a real Vendure server', fixtures)

describe('the Vendure adapter, where Vendure differs from the mock', () => {
  const adapter = () => fixtures.createAdapter()
  const key = () => ({ idempotencyKey: `vendure-${Math.random().toString(36).slice(2)}` })

  it('declares absent what stock Vendure lacks', async () => {
    expect((await adapter()).capabilities).toMatchObject({
      giftCards: false,
      tracking: false,
      deliveryEstimates: false,
      cartRecovery: false,
    })
  })

  it('asks findVariantId for SKUs when given one, instead of reading the catalog', async () => {
    const asked: string[] = []
    const backend = createVendureAdapter({
      shopApiUrl: vendure?.shopApiUrl ?? '',
      findVariantId: async (sku) => {
        asked.push(sku)
        return undefined
      },
    })
    const cart = await backend.createCart({})
    await expect(
      backend.addItem(cart.id, { sku: fixtures.sku, quantity: 1 }),
    ).rejects.toMatchObject({ code: 'VALIDATION', reason: 'unknown_sku' })
    expect(asked).toEqual([fixtures.sku])
  })

  it('lists a variant at the price the cart then charges for it', async () => {
    const backend = await adapter()
    const products = await backend.listProducts(fixtures.currency)
    const variant = products.flatMap((p) => p.variants).find((v) => v.sku === fixtures.sku)
    const cart = await backend.createCart({ items: [{ sku: fixtures.sku, quantity: 1 }] })
    expect(cart.items[0]?.unitPrice).toEqual(variant?.price)
  })

  it('lets the shopper change the cart after a declined payment, then pay the new total', async () => {
    const backend = await adapter()
    const cart = await backend.createCart({ items: [{ sku: fixtures.sku, quantity: 1 }] })
    await backend.setContact(cart.id, fixtures.contact)
    await backend.setShippingAddress(cart.id, address)
    const [option] = await backend.listShippingOptions(cart.id)
    const ready = await backend.selectShippingOption(cart.id, option?.id ?? '')
    const declined = { cartVersion: ready.version, payment: await fixtures.payment.declined(ready) }
    await expect(backend.placeOrder(cart.id, declined, key())).rejects.toMatchObject({
      code: 'PAYMENT_DECLINED',
    })
    // Vendure now holds the order in ArrangingPayment, where it refuses changes.
    const changed = await backend.addItem(cart.id, { sku: fixtures.otherSku, quantity: 1 })
    expect(changed.itemCount).toBe(2)
    const paid = { cartVersion: changed.version, payment: await fixtures.payment.success(changed) }
    const result = await backend.placeOrder(cart.id, paid, key())
    expect(result.status === 'completed' && result.order.receipt.total).toEqual(changed.total)
  })

  it('charges nothing twice: after the order, the session has no cart to pay', async () => {
    const backend = await adapter()
    const cart = await backend.createCart({ items: [{ sku: fixtures.sku, quantity: 1 }] })
    await backend.setContact(cart.id, fixtures.contact)
    await backend.setShippingAddress(cart.id, address)
    const [option] = await backend.listShippingOptions(cart.id)
    const ready = await backend.selectShippingOption(cart.id, option?.id ?? '')
    const pay = async () => ({
      cartVersion: ready.version,
      payment: await fixtures.payment.success(ready),
    })
    await backend.placeOrder(cart.id, await pay(), key())
    expect((await backend.getCart(cart.id)).items).toEqual([])
    // A fresh adapter (a reload) retrying has no memory of the key, and finds nothing to pay.
    const reloaded = await adapter()
    await expect(reloaded.placeOrder(cart.id, await pay(), key())).rejects.toMatchObject({
      code: 'ADAPTER',
      reason: 'cart_not_found',
    })
  })
})
