import type { CheckoutAdapter, Order } from '@weship/checkout-core'
import { createCommerceEngine, createMemoryAdapter, createTestCardToken } from '@weship/mock-server'

export const buyer = {
  email: 'grace@example.com',
  name: 'Grace Hopper',
  line1: 'Friedrichstraße 43',
}

/** A Tuesday morning: the carrier's working days, whatever day the tests run. */
const PLACED_AT = Date.parse('2026-12-01T08:00:00Z')

/** A clock that stands still until a test moves it, so every run sees the same journey. */
function testClock() {
  let time = PLACED_AT
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms
      return new Date(time)
    },
  }
}

/** An order placed in an in-process mock shop, whose clock a test moves to ship it. */
export async function placedOrder(
  options: {
    skus?: string[]
    quantity?: number
    postalCode?: string
    kind?: 'standard' | 'express' | 'pickup'
  } = {},
) {
  const engine = createCommerceEngine({ clock: testClock() })
  const adapter: CheckoutAdapter = createMemoryAdapter(engine)
  const skus = options.skus ?? ['COTTON-TEE-WHITE-M']
  const cart = engine.createCart({
    currency: 'EUR',
    items: skus.map((sku) => ({ sku, quantity: options.quantity ?? 1 })),
  })
  engine.setContact(cart.id, { email: buyer.email })
  engine.setShippingAddress(cart.id, {
    name: buyer.name,
    line1: buyer.line1,
    city: 'Berlin',
    postalCode: options.postalCode ?? '10117',
    country: 'DE',
  })
  const option = engine
    .listShippingOptions(cart.id)
    .find((candidate) => !options.kind || candidate.kind === options.kind)
  if (!option) throw new Error(`The demo shop has no ${options.kind ?? ''} delivery to Berlin.`)
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
