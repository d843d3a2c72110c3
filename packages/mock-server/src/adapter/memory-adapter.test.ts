import { CheckoutError, cartSchema, createHttpAdapter } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { createApp } from '../http/create-app.js'
import { createMemoryAdapter } from './memory-adapter.js'

// The same scenarios against the in-process adapter and core's http adapter over our HTTP app:
// both must behave alike, which also proves the REST routes match what core sends.
const adapters = {
  memory: () => createMemoryAdapter(),
  'http over the app': () => {
    const app = createApp(createCommerceEngine())
    return createHttpAdapter({
      baseUrl: 'http://127.0.0.1:4010',
      fetch: async (input, init) =>
        app.request(input instanceof Request ? input : String(input), init),
      retries: 0,
    })
  },
}

describe.each(Object.entries(adapters))('%s adapter', (_name, makeAdapter) => {
  it('lists products and runs a cart through add, merge, update and remove', async () => {
    const adapter = makeAdapter()
    const products = await adapter.listProducts('JPY')
    expect(products.length).toBeGreaterThanOrEqual(9)

    const cart = await adapter.createCart({ currency: 'JPY' })
    await adapter.addItem(cart.id, { sku: 'TRAIL-SOCKS-3PK-M', quantity: 1 })
    const merged = await adapter.addItem(cart.id, { sku: 'TRAIL-SOCKS-3PK-M', quantity: 2 })
    expect(merged.items).toHaveLength(1)
    expect(merged.total).toEqual({ amount: 3 * 2600, currency: 'JPY' })

    const lineId = merged.items[0]?.id ?? ''
    const updated = await adapter.updateItem(cart.id, lineId, 1)
    expect(cartSchema.parse(updated).itemCount).toBe(1)
    const removed = await adapter.removeItem(cart.id, lineId)
    expect(removed).toMatchObject({ items: [], version: updated.version + 1 })
    expect(await adapter.getCart(cart.id)).toEqual(removed)
  })

  it('fails with the same CheckoutErrors', async () => {
    const adapter = makeAdapter()
    const cart = await adapter.createCart({})
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error) => error,
      )

    const missing = await failure(adapter.getCart('missing'))
    expect(missing).toBeInstanceOf(CheckoutError)
    expect(missing).toMatchObject({ code: 'ADAPTER', status: 404, reason: 'cart_not_found' })

    const soldOut = await failure(
      adapter.addItem(cart.id, { sku: 'MERINO-CREW-OAT-XL', quantity: 1 }),
    )
    expect(soldOut).toMatchObject({
      code: 'VALIDATION',
      status: 422,
      reason: 'out_of_stock',
      fieldErrors: [{ field: 'quantity', message: 'Out of stock.' }],
    })
    const badQuantity = await failure(adapter.updateItem(cart.id, 'line_1', -3))
    expect(badQuantity).toMatchObject({ code: 'VALIDATION', reason: 'invalid_request' })
  })

  it('takes contact, address, delivery and codes the same way', async () => {
    const adapter = makeAdapter()
    const cart = await adapter.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 2 }] })
    await adapter.setContact(cart.id, { email: 'erika@example.com' })
    const address = {
      name: 'Erika',
      line1: 'Rue 1',
      city: 'Paris',
      postalCode: '75008',
      country: 'FR',
    }
    await adapter.setShippingAddress(cart.id, address)
    expect(await adapter.setBillingAddress(cart.id, null)).toMatchObject({ billingAddress: null })
    const [standard] = await adapter.listShippingOptions(cart.id)
    expect(standard).toMatchObject({ id: 'eu-standard', carrier: 'La Poste Colissimo' })
    await adapter.selectShippingOption(cart.id, standard?.id ?? '')
    const discounted = await adapter.applyCode(cart.id, 'SAVE5')
    expect(discounted).toMatchObject({
      total: { amount: 4400 - 500 + 695 },
      tax: { amount: { amount: 650 + 116 }, included: true },
    })
    const refused = await adapter.applyCode(cart.id, 'NOPE').catch((error: unknown) => error)
    expect(refused).toMatchObject({ code: 'VALIDATION', reason: 'code_unknown' })
    expect((await adapter.removeCode(cart.id, 'save5')).discounts).toEqual([])
  })
})

describe('memory adapter', () => {
  it('declares the capabilities the engine has, and frames only the payment origin', () => {
    const adapter = createMemoryAdapter(
      createCommerceEngine({ paymentOrigin: 'http://127.0.0.1:4011' }),
    )
    expect(adapter.capabilities).toMatchObject({
      catalog: true,
      promoCodes: true,
      giftCards: true,
      accounts: true,
      deliveryEstimates: true,
    })
    expect(adapter.cspRequirements).toEqual({
      connectSrc: [],
      frameSrc: ['http://127.0.0.1:4011'],
      imgSrc: [],
    })
  })

  it('shares the engine it is given and returns copies', async () => {
    const engine = createCommerceEngine()
    const adapter = createMemoryAdapter(engine)
    const cart = await adapter.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
    cart.total.amount = 0
    expect(engine.getCart(cart.id).total.amount).toBe(2200)
  })

  it('honours an aborted signal', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      createMemoryAdapter().listProducts('EUR', { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'CANCELLED' })
  })
})
