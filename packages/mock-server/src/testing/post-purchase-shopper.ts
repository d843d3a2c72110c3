import {
  type Cart,
  type CheckoutAdapter,
  createHttpAdapter,
  type Order,
} from '@weship/checkout-core'
import type { ParsedMail } from 'mailparser'
import type { MockServer } from '../server/start-mock-server.js'
import type { SmtpInbox } from './smtp-inbox.js'

/** How an order is placed: where to, by which kind of delivery, with a gift card or not. */
export interface OrderOptions {
  postalCode?: string
  kind?: 'standard' | 'express' | 'pickup'
  giftCard?: string
}

export interface ShopperOptions {
  email: string
  consent: boolean
  locale?: string
  skus?: string[]
  postalCode?: string
  /** With consent: follow the double opt-in e-mail's link and press its button (needs an inbox). */
  confirmed?: boolean
}

const CONFIRMATION_LINK = /http:\/\/\S+\/marketing-confirmations\/[\w-]+\?lang=\w+/
/** The double opt-in e-mail, which is not one of the messages the tests count. */
export const isConfirmationMail = (mail: ParsedMail) => CONFIRMATION_LINK.test(mail.text ?? '')

/** A shopper driving a running mock server through the http adapter, as the widget would. */
export function postPurchaseShopper(server: MockServer, inbox?: SmtpInbox) {
  const adapter: CheckoutAdapter = createHttpAdapter({ baseUrl: server.url, retries: 0 })

  async function cartWithContact(options: ShopperOptions): Promise<Cart> {
    const skus = options.skus ?? ['COTTON-TEE-BLACK-M']
    const cart = await adapter.createCart({
      currency: 'EUR',
      items: skus.map((sku) => ({ sku, quantity: 1 })),
    })
    const withContact = await adapter.setContact(cart.id, {
      email: options.email,
      marketingConsent: { email: options.consent },
      ...(options.locale ? { locale: options.locale } : {}),
    })
    if (options.consent && options.confirmed) await confirmAddress(options.email)
    return withContact
  }

  /** Reads the double opt-in e-mail to `email`, opens its link and presses the page's button. */
  async function confirmAddress(email: string): Promise<void> {
    // A moved clock sends what is due, the confirmation among it.
    await advance('PT1S')
    await inbox?.settled()
    const mail = inbox?.to(email).find(isConfirmationMail)
    const link = CONFIRMATION_LINK.exec(mail?.text ?? '')?.[0]
    if (!link) throw new Error(`No confirmation e-mail reached ${email}.`)
    const page = await (await fetch(link)).text()
    if (!page.includes('<form method="post">')) throw new Error('The link opened no button.')
    const pressed = await fetch(link, { method: 'POST', headers: { accept: 'text/html' } })
    if (pressed.status !== 200) throw new Error(`Confirming failed: ${pressed.status}`)
  }

  async function order(cart: Cart, how: string | OrderOptions = {}): Promise<Order> {
    const {
      postalCode = '10117',
      kind,
      giftCard,
    } = typeof how === 'string' ? { postalCode: how } : how
    await adapter.setShippingAddress(cart.id, {
      name: 'Ada Lovelace',
      line1: 'Unter den Linden 1',
      city: 'Berlin',
      postalCode,
      country: 'DE',
    })
    const options = await adapter.listShippingOptions(cart.id)
    const option = options.find((candidate) => !kind || candidate.kind === kind)
    let ready = await adapter.selectShippingOption(cart.id, option?.id ?? '')
    if (giftCard) ready = await adapter.applyCode(cart.id, giftCard)
    const payment =
      ready.amountDue.amount === 0
        ? { methodId: 'gift_card' }
        : { methodId: 'card', token: await cardToken() }
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
