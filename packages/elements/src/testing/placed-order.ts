import type { CheckoutAdapter, Order } from '@weship/checkout-core'
import { createCommerceEngine, createMemoryAdapter, createTestCardToken } from '@weship/mock-server'

export const buyer = {
  email: 'grace@example.com',
  name: 'Grace Hopper',
  line1: 'Friedrichstraße 43',
}

/** An order placed in an in-process mock shop, whose clock a test moves to ship it. */
export async function placedOrder(options: { skus?: string[]; postalCode?: string } = {}) {
  const engine = createCommerceEngine()
  const adapter: CheckoutAdapter = createMemoryAdapter(engine)
  const skus = options.skus ?? ['COTTON-TEE-WHITE-M']
  const cart = engine.createCart({
    currency: 'EUR',
    items: skus.map((sku) => ({ sku, quantity: 1 })),
  })
  engine.setContact(cart.id, { email: buyer.email })
  engine.setShippingAddress(cart.id, {
    name: buyer.name,
    line1: buyer.line1,
    city: 'Berlin',
    postalCode: options.postalCode ?? '10117',
    country: 'DE',
  })
  const [option] = engine.listShippingOptions(cart.id)
  if (!option) throw new Error('The demo shop ships nothing to Berlin.')
  const ready = engine.selectShippingOption(cart.id, option.id)
  const token = createTestCardToken(engine, '4242424242424242')
  const result = await engine.placeOrder(
    cart.id,
    { cartVersion: ready.version, payment: { methodId: 'card', token } },
    { idempotencyKey: `status-test-${cart.id}` },
  )
  if (result.status !== 'completed') throw new Error('Expected the order to be placed.')
  const order: Order = result.order
  return { engine, adapter, order, statusToken: order.statusToken ?? '' }
}

export const HOUR = 3600_000
