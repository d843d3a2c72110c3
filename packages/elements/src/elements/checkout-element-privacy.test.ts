import type { WeshipEventMap } from '@weship/checkout-core'
import { createCommerceEngine, createMemoryAdapter } from '@weship/mock-server'
import { afterEach, expect, it } from 'vitest'
import '../define.js'
import { collectEvents, resetPage } from '../testing/dom.js'
import { fakeCardProvider } from '../testing/payment-harness.js'
import { ada, mountCheckout, purchase, shopperAt } from '../testing/shopper.js'

afterEach(resetPage)

const bubbling = [
  'weship-ready',
  'weship-cart-change',
  'weship-step-change',
  'weship-order-placed',
  'weship-checkout-abandon',
  'weship-payment-failed',
  'weship-error',
] as const

// A tag manager's listener on `document` hears every event of a purchase: it must learn the
// order's number, items and totals, and nothing that identifies or reaches the shopper.
it('tells document listeners what a purchase was, never who bought it or how to reach the order', async () => {
  const heard = bubbling.flatMap((type) => [collectEvents<unknown>(type)])
  const placed = collectEvents<WeshipEventMap['weship-order-placed']>('weship-order-placed')
  const engine = createCommerceEngine()
  const adapter = createMemoryAdapter(engine)
  const cart = await adapter.createCart({
    currency: 'EUR',
    items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }],
  })
  const { providers } = fakeCardProvider(engine)
  const card = providers.get('card')
  if (!card) throw new Error('no card provider')
  const element = mountCheckout({ adapter, cartId: cart.id, card })
  element.setAttribute('order-status-url', '/order-status')
  const shopper = shopperAt(element)

  const number = await purchase(shopper)

  // The element keeps the whole order, for the merchant's own code.
  const order = element.lastOrder
  expect(order?.number).toBe(number)
  expect(order?.email).toBe(ada.email)
  const token = order?.statusToken
  expect(token).toBeTruthy()
  // The confirmation still links the shopper to the order status page with its token.
  const link = shopper.part('order-status-link')?.getAttribute('href') ?? ''
  expect(new URL(link, location.href).searchParams.get('token')).toBe(token)

  // The event has what GA4's purchase takes.
  expect(placed).toHaveLength(1)
  const purchased = placed[0]?.detail.order
  expect(purchased).toMatchObject({ number, status: 'confirmed' })
  expect(purchased?.receipt.items.map((item) => [item.sku, item.quantity])).toEqual([
    ['COTTON-TEE-WHITE-M', 2],
  ])
  expect(purchased?.receipt.total).toEqual(order?.receipt.total)
  expect(purchased?.receipt.currency).toBe('EUR')

  // Nothing of the shopper in any event of the purchase.
  const everything = JSON.stringify(heard.flat().map((event) => event.detail))
  expect(heard.flat().length).toBeGreaterThan(5)
  for (const secret of [token, ada.email, ada.name, ada.line1, ada.postalCode, ada.city]) {
    expect(everything).not.toContain(secret)
  }
  const keys = new Set<string>()
  JSON.parse(everything, (key, value) => {
    keys.add(key)
    return value
  })
  const personal = ['statusToken', 'email', 'phone', 'shippingAddress', 'billingAddress', 'contact']
  for (const key of personal) expect(keys).not.toContain(key)
})
