import { feedbackSchema, problemSchema, trackingSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../../engine/clock.js'
import { createCommerceEngine } from '../../engine/commerce-engine.js'
import { readyCart } from '../../engine/orders/order-fixtures.js'
import { createTestCardToken } from '../../engine/payments/test-card-token.js'
import { createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'

async function setup() {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock })
  const app = createApp(engine)
  const cart = readyCart(engine)
  const token = createTestCardToken(engine, '4242424242424242')
  const result = await engine.placeOrder(
    cart.id,
    { cartVersion: cart.version, payment: { methodId: 'card', token } },
    { idempotencyKey: 'route-test' },
  )
  if (result.status !== 'completed') throw new Error('expected an order')
  const { order } = result
  const send = (
    method: string,
    path: string,
    body?: unknown,
    statusToken?: string,
    headers: Record<string, string> = {},
  ) =>
    app.request(`${API}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(statusToken ? { 'weship-order-token': statusToken } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
  return { engine, clock, order, send, statusToken: order.statusToken ?? '' }
}

const reasonOf = async (response: Response) => problemSchema.parse(await response.json()).reason

describe('http: tracking and feedback', () => {
  it('answers tracking to the token holder only, 404 for anyone else', async () => {
    const { order, send, statusToken, clock } = await setup()
    const path = `/orders/${order.id}/tracking`
    expect((await send('GET', path)).status).toBe(404)
    expect((await send('GET', path, undefined, 'guess')).status).toBe(404)
    clock.advance(3 * 24 * 3600_000)
    const tracking = trackingSchema.parse(
      await (await send('GET', path, undefined, statusToken)).json(),
    )
    expect(tracking.shipments.map((shipment) => shipment.status)).toEqual(['delivered'])
  })

  it('stores one rating: 201, then 409; a bad one is 422 and stores nothing', async () => {
    const { order, send, statusToken } = await setup()
    const path = `/orders/${order.id}/feedback`
    const bad = await send('POST', path, { rating: 0, comment: 'x' }, statusToken)
    expect(bad.status).toBe(422)
    expect(await reasonOf(bad)).toBe('invalid_request')
    expect((await send('POST', path, { rating: 5 })).status).toBe(404)
    const stored = await send('POST', path, { rating: 5, comment: '  Lovely mug  ' }, statusToken)
    expect(stored.status).toBe(201)
    expect(feedbackSchema.parse(await stored.json())).toMatchObject({
      rating: 5,
      comment: 'Lovely mug',
    })
    const again = await send('POST', path, { rating: 1 }, statusToken)
    expect(again.status).toBe(409)
    expect(await reasonOf(again)).toBe('feedback_already_submitted')
  })

  it('refuses unknown recovery and unsubscribe tokens with 404', async () => {
    const { send } = await setup()
    const recovery = await send('POST', '/cart-recoveries', { token: 'nope' })
    expect(recovery.status).toBe(404)
    expect(await reasonOf(recovery)).toBe('cart_not_found')
    expect((await send('POST', '/cart-recoveries', { token: '' })).status).toBe(422)
    expect((await send('GET', '/unsubscribes/nope')).status).toBe(404)
    expect((await send('POST', '/unsubscribes/nope')).status).toBe(404)
  })
})

describe('http: unsubscribe links', () => {
  /** An order by a shopper who agreed to marketing mail, and its feedback request's link. */
  async function unsubscribeLink() {
    const { engine, clock, send } = await setup()
    const cart = readyCart(engine, { email: 'kim@example.com' })
    engine.setContact(cart.id, { email: 'kim@example.com', marketingConsent: { email: true } })
    const token = createTestCardToken(engine, '4242424242424242')
    const payment = { methodId: 'card', token }
    const version = engine.getCart(cart.id).version
    await engine.placeOrder(cart.id, { cartVersion: version, payment }, { idempotencyKey: 'kim' })
    clock.advance(20 * 24 * 3600_000)
    const message = engine.takeDueMessages().find((due) => due.unsubscribeToken)
    const unsubscribed = () => engine.exportState().postPurchase?.unsubscribed ?? []
    return { send, path: `/unsubscribes/${message?.unsubscribeToken}?lang=de`, unsubscribed }
  }

  it('asks on a GET (mail scanners follow links) and unsubscribes on the button', async () => {
    const { send, path, unsubscribed } = await unsubscribeLink()
    const page = await send('GET', path)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'")
    const html = await page.text()
    expect(html).toContain('Von Werbe-E-Mails abmelden?')
    expect(html).toMatch(/<form method="post"><button type="submit"[^>]*>Abmelden<\/button>/)
    await send('GET', path)
    expect(unsubscribed()).toEqual([])
    const button = await send('POST', path, undefined, undefined, { accept: 'text/html' })
    expect(button.status).toBe(200)
    expect(await button.text()).toContain('Sie sind abgemeldet')
    expect(unsubscribed()).toEqual(['kim@example.com'])
  })

  it('keeps the RFC 8058 one-click POST', async () => {
    const { send, path, unsubscribed } = await unsubscribeLink()
    const oneClick = await send('POST', path, 'List-Unsubscribe=One-Click', undefined, {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(oneClick.status).toBe(204)
    expect(unsubscribed()).toEqual(['kim@example.com'])
  })
})

describe('http: double opt-in links', () => {
  it('ask on a GET and confirm on the button, once', async () => {
    const { engine, send } = await setup()
    const cart = engine.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
    engine.setContact(cart.id, { email: 'new@example.com', marketingConsent: { email: true } })
    const message = engine.takeDueMessages().find((due) => due.kind === 'marketing_confirmation')
    const path = `/marketing-confirmations/${message?.kind === 'marketing_confirmation' ? message.confirmationToken : ''}?lang=fr`
    const confirmed = () => engine.exportState().postPurchase?.confirmedEmails ?? []
    const page = await send('GET', path)
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/<form method="post"><button [^>]*>Confirmer l’abonnement/)
    expect(confirmed()).toEqual([])
    const html = { accept: 'text/html' }
    const button = await send('POST', path, undefined, undefined, html)
    expect(await button.text()).toContain('Vous êtes abonné')
    expect(confirmed().map((entry) => entry.email)).toEqual(['new@example.com'])
    const used = await send('GET', path, undefined, undefined, html)
    expect(used.status).toBe(404)
    expect(await used.text()).toContain('Ce lien ne fonctionne plus')
    const again = await send('POST', path)
    expect(again.status).toBe(404)
    expect(await reasonOf(again)).toBe('confirmation_not_found')
  })
})
