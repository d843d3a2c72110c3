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
  const send = (method: string, path: string, body?: unknown, statusToken?: string) =>
    app.request(`${API}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(statusToken ? { 'weship-order-token': statusToken } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
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
