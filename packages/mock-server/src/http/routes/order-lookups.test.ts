import { orderLookupSchema, orderSchema, problemSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../../engine/clock.js'
import { createCommerceEngine } from '../../engine/commerce-engine.js'
import { readyCart } from '../../engine/orders/order-fixtures.js'
import { createTestCardToken } from '../../engine/payments/test-card-token.js'
import { fromAddress } from '../../testing/from-address.js'
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
    { idempotencyKey: 'lookup-test' },
  )
  if (result.status !== 'completed') throw new Error('expected an order')
  const post = (body: unknown, client = '198.51.100.7') =>
    app.request(
      `${API}/order-lookups`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      fromAddress(client),
    )
  const read = (orderId: string, statusToken: string) =>
    app.request(`${API}/orders/${orderId}`, { headers: { 'weship-order-token': statusToken } })
  return { order: result.order, post, read, clock }
}

describe('http: POST /order-lookups', () => {
  it('answers a fresh token for the number and e-mail, in any case and spacing', async () => {
    const { order, post, read } = await setup()
    const response = await post({
      number: ` ${order.number.toLowerCase()} `,
      email: order.email.toUpperCase(),
    })
    expect(response.status).toBe(201)
    const lookup = orderLookupSchema.parse(await response.json())
    expect(lookup.orderId).toBe(order.id)
    expect(lookup.token).not.toBe(order.statusToken)
    const opened = await read(order.id, lookup.token)
    expect(orderSchema.parse(await opened.json()).number).toBe(order.number)
  })

  it('answers the same 404 for no such order and for a wrong e-mail', async () => {
    const { order, post } = await setup()
    const wrongEmail = await post({ number: order.number, email: 'someone@else.example' })
    const noOrder = await post({ number: 'WS-99999', email: order.email })
    expect([wrongEmail.status, noOrder.status]).toEqual([404, 404])
    const [a, b] = [await wrongEmail.json(), await noOrder.json()]
    expect(a).toEqual(b)
    expect(problemSchema.parse(a).reason).toBe('order_not_found')
  })

  it('refuses a malformed body with 422', async () => {
    const { post } = await setup()
    expect((await post({ number: '', email: 'a@b.example' })).status).toBe(422)
  })

  it('makes a guessing client wait (429, Retry-After), not the buyer on their own address', async () => {
    const { order, post } = await setup()
    const attacker = '2001:db8:bad::1'
    const statuses = []
    for (let guess = 0; guess < 10; guess++) {
      const email = `guess${guess}@x.example`
      statuses.push((await post({ number: order.number, email }, attacker)).status)
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429, 429, 429])
    // The same /64 is the same client, even with the right e-mail.
    const limited = await post({ number: order.number, email: order.email }, '2001:db8:bad::2')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await post({ number: order.number, email: order.email })).status).toBe(201)
  })

  it('lets the granted token expire after a day', async () => {
    const { order, post, read, clock } = await setup()
    const lookup = orderLookupSchema.parse(
      await (await post({ number: order.number, email: order.email })).json(),
    )
    clock.advance(25 * 3600_000)
    expect((await read(order.id, lookup.token)).status).toBe(404)
  })
})
