import {
  type Cart,
  type CheckoutAdapter,
  createHttpAdapter,
  type Order,
} from '@weship/checkout-core'
import type { MockServer } from '../server/start-mock-server.js'

export interface ShopperOptions {
  email: string
  consent: boolean
  locale?: string
  skus?: string[]
  postalCode?: string
}

/** A shopper driving a running mock server through the http adapter, as the widget would. */
export function postPurchaseShopper(server: MockServer) {
  const adapter: CheckoutAdapter = createHttpAdapter({ baseUrl: server.url, retries: 0 })

  async function cartWithContact(options: ShopperOptions): Promise<Cart> {
    const skus = options.skus ?? ['COTTON-TEE-BLACK-M']
    const cart = await adapter.createCart({
      currency: 'EUR',
      items: skus.map((sku) => ({ sku, quantity: 1 })),
    })
    return adapter.setContact(cart.id, {
      email: options.email,
      marketingConsent: { email: options.consent },
      ...(options.locale ? { locale: options.locale } : {}),
    })
  }

  async function order(cart: Cart, postalCode = '10117'): Promise<Order> {
    await adapter.setShippingAddress(cart.id, {
      name: 'Ada Lovelace',
      line1: 'Unter den Linden 1',
      city: 'Berlin',
      postalCode,
      country: 'DE',
    })
    const [option] = await adapter.listShippingOptions(cart.id)
    const ready = await adapter.selectShippingOption(cart.id, option?.id ?? '')
    const payment = { methodId: 'card', token: await cardToken() }
    const result = await adapter.placeOrder(
      cart.id,
      { cartVersion: ready.version, payment },
      { idempotencyKey: `key-${cart.id}-${ready.version}` },
    )
    if (result.status !== 'completed') throw new Error('Expected a completed order.')
    return result.order
  }

  async function cardToken(): Promise<string> {
    const response = await fetch(`${server.paymentUrl}/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.paymentUrl },
      body: JSON.stringify({
        number: '4242424242424242',
        expiry: '12/34',
        cvc: '123',
        name: 'Ada',
      }),
    })
    if (response.status !== 201) throw new Error(`tokenizing failed: ${await response.text()}`)
    return ((await response.json()) as { token: string }).token
  }

  /** Moves the server's dev clock; messages due by then have been sent when it resolves. */
  async function advance(duration: string): Promise<void> {
    const response = await fetch(`${server.url}/__dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: duration }),
    })
    if (!response.ok) throw new Error(`moving the clock failed: ${await response.text()}`)
  }

  return { adapter, cartWithContact, order, advance }
}
