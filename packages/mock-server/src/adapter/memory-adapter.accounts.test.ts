import { type CheckoutAdapter, CheckoutError, createHttpAdapter } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { type CommerceEngine, createCommerceEngine } from '../engine/commerce-engine.js'
import { berlinAddress } from '../engine/orders/order-fixtures.js'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import { createApp } from '../http/create-app.js'
import { createMemoryAdapter } from './memory-adapter.js'

// Accounts and a signed-in purchase through both adapters: the conformance suite covers guests.
const adapters: Record<string, (engine: CommerceEngine) => CheckoutAdapter> = {
  memory: (engine) => createMemoryAdapter(engine),
  'http over the app': (engine) => {
    const app = createApp(engine)
    return createHttpAdapter({
      baseUrl: 'http://127.0.0.1:4010',
      fetch: async (input, init) =>
        app.request(input instanceof Request ? input : String(input), init),
      retries: 0,
    })
  },
}

describe.each(Object.entries(adapters))('%s adapter: accounts', (_name, makeAdapter) => {
  it('signs up, buys while signed in, sees the order and the address, signs out', async () => {
    const engine = createCommerceEngine()
    const adapter = makeAdapter(engine)
    const session = await adapter.signUp?.({
      email: 'katherine@example.com',
      password: 'orbital-mechanics',
      name: 'Katherine Johnson',
    })
    expect(session?.customer.orders).toEqual([])

    const created = await adapter.createCart({
      items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }],
    })
    await adapter.setContact(created.id, { email: 'work@example.com' })
    await adapter.setShippingAddress(created.id, berlinAddress)
    const [option] = await adapter.listShippingOptions(created.id)
    const cart = await adapter.selectShippingOption(created.id, option?.id ?? '')
    const token = createTestCardToken(engine, '378282246310005')
    const result = await adapter.placeOrder(
      cart.id,
      { cartVersion: cart.version, payment: { methodId: 'card', token } },
      { idempotencyKey: 'signed-in-1' },
    )
    if (result.status !== 'completed') throw new Error('Expected an order')
    expect(result.order.receipt.payments[0]).toMatchObject({ brand: 'amex', last4: '0005' })

    const customer = await adapter.getCustomer?.()
    expect(customer?.orders.map((order) => order.number)).toEqual([result.order.number])
    expect(customer?.addresses).toEqual([berlinAddress])
    await adapter.signOut?.()
    const signedOut = await adapter.getCustomer?.().catch((error: unknown) => error)
    expect(signedOut).toBeInstanceOf(CheckoutError)
  })

  it('refuses wrong credentials as VALIDATION invalid_credentials', async () => {
    const adapter = makeAdapter(createCommerceEngine())
    const error = await adapter
      .signIn?.({ email: 'demo@weship.dev', password: 'wrong-password' })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'VALIDATION', status: 401, reason: 'invalid_credentials' })
  })
})
