import { orderSchema, placeOrderResultSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../../engine/clock.js'
import { type CommerceEngineOptions, createCommerceEngine } from '../../engine/commerce-engine.js'
import { readyCart } from '../../engine/orders/order-fixtures.js'
import { answerTestChallenge, createTestCardToken } from '../../engine/payments/test-card-token.js'
import { createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'

function setup(options: CommerceEngineOptions = {}) {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock, paymentOrigin: 'http://127.0.0.1:4011', ...options })
  const app = createApp(engine)
  const cart = readyCart(engine)
  const send = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(`${API}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const order = (number = '4242424242424242') => ({
    cartVersion: cart.version,
    payment: { methodId: 'card', token: createTestCardToken(engine, number) },
  })
  const place = (body: unknown, key: string = crypto.randomUUID()) =>
    send('POST', `/carts/${cart.id}/orders`, body, { 'idempotency-key': key })
  return { engine, app, cart, send, order, place }
}

describe('http: payment methods and orders', () => {
  it('lists the card method with the hosted fields on the payment origin', async () => {
    const { send, cart } = setup()
    const response = await send('GET', `/carts/${cart.id}/payment-methods`)
    expect(await response.json()).toEqual({
      methods: [
        {
          id: 'card',
          type: 'card',
          label: 'Card',
          hostedFieldsUrl: 'http://127.0.0.1:4011/hosted-fields',
          brands: ['visa', 'mastercard', 'amex'],
        },
      ],
    })
  })

  it('places an order: 201 with a Location, absolute image URLs, readable with its token', async () => {
    const { send, place, order } = setup()
    const response = await place(order())
    expect(response.status).toBe(201)
    const result = placeOrderResultSchema.parse(await response.json())
    if (result.status !== 'completed') throw new Error('Expected an order')
    expect(response.headers.get('location')).toBe(`/orders/${result.order.id}`)
    expect(result.order.receipt.items[0]?.imageUrl).toMatch(/^http:\/\/127\.0\.0\.1:4010\/images\//)
    const path = `/orders/${result.order.id}`
    const read = await send('GET', path, undefined, {
      'weship-order-token': result.order.statusToken ?? '',
    })
    expect(read.status).toBe(200)
    const body = orderSchema.parse(await read.json())
    expect(body.statusToken).toBeUndefined()
    expect(body.receipt).toEqual(result.order.receipt)
    const wrongOrNone: Record<string, string>[] = [{ 'weship-order-token': 'wrong' }, {}]
    for (const headers of wrongOrNone) {
      const refused = await send('GET', path, undefined, headers)
      expect(refused.status).toBe(404)
      expect(await refused.json()).toMatchObject({ reason: 'order_not_found' })
    }
  })

  it('replays the same key and body with the same status and body', async () => {
    const { place, order, engine } = setup()
    const body = order()
    const first = await place(body, 'key-1')
    const again = await place(body, 'key-1')
    expect(again.status).toBe(first.status)
    const firstBody = await first.text()
    expect(await again.text()).toBe(firstBody)
    expect(engine.payments.charges()).toHaveLength(1)
    // A fresh single-use token for the same attempt (a reload) gets the stored answer too.
    const reloaded = await place(order(), 'key-1')
    expect(await reloaded.text()).toBe(firstBody)
    expect(engine.payments.charges()).toHaveLength(1)
    const reused = await place({ ...order(), cartVersion: body.cartVersion + 1 }, 'key-1')
    expect(reused.status).toBe(422)
    expect(await reused.json()).toMatchObject({ reason: 'idempotency_key_reused' })
  })

  it('answers 409 to an overlapping request with the same key', async () => {
    const { place, order } = setup({ paymentLatencyMs: 50 })
    const body = order()
    const [first, second] = await Promise.all([place(body, 'key-1'), place(body, 'key-1')])
    expect([first.status, second.status].sort()).toEqual([201, 409])
    const conflict = first.status === 409 ? first : second
    expect(await conflict.json()).toMatchObject({
      code: 'CONFLICT',
      reason: 'idempotency_key_in_flight',
    })
  })

  it('needs an Idempotency-Key header (400)', async () => {
    const { send, cart, order } = setup()
    const missingOrTooLong: Record<string, string>[] = [{}, { 'idempotency-key': 'k'.repeat(256) }]
    for (const headers of missingOrTooLong) {
      const response = await send('POST', `/carts/${cart.id}/orders`, order(), headers)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ reason: 'idempotency_key_required' })
    }
  })

  it('answers a stale version with 409 carrying the current version', async () => {
    const { engine, cart, place, order } = setup()
    const changed = engine.addItem(cart.id, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    const response = await place(order())
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({
      code: 'CONFLICT',
      reason: 'cart_version_mismatch',
      cartVersion: changed.version,
    })
  })

  it('answers a decline with a 402 problem whose detail stays generic', async () => {
    const { place, order } = setup()
    const response = await place(order('4000000000009995'))
    expect(response.status).toBe(402)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = await response.json()
    expect(problem).toMatchObject({
      code: 'PAYMENT_DECLINED',
      reason: 'insufficient_funds',
      title: 'Payment declined',
      detail: 'The payment was declined. Try another card or payment method.',
    })
  })

  it('runs 3-D Secure: 202 with the action, then the completion gives the order', async () => {
    const { engine, send, cart, place, order } = setup()
    const response = await place(order('4000002760003184'))
    expect(response.status).toBe(202)
    const result = placeOrderResultSchema.parse(await response.json())
    if (result.status !== 'action_required') throw new Error('Expected an action')
    expect(result.action).toMatchObject({ type: 'three_d_secure' })
    expect('url' in result.action && result.action.url).toBe(
      `http://127.0.0.1:4011/3ds/${result.action.id}`,
    )
    answerTestChallenge(engine, result.action.id, 'pass')
    const path = `/carts/${cart.id}/payment-actions/${result.action.id}/complete`
    const completed = await send('POST', path, undefined, { 'idempotency-key': 'complete-1' })
    expect(completed.status).toBe(200)
    expect(await completed.json()).toMatchObject({
      status: 'completed',
      order: { number: 'WS-10001' },
    })
    expect((await send('POST', path)).status).toBe(400)
  })

  it('refuses changes to an ordered cart with 409 cart_already_ordered', async () => {
    const { send, cart, place, order } = setup()
    await place(order())
    const response = await send('POST', `/carts/${cart.id}/items`, {
      sku: 'STONEWARE-MUG-SLATE',
      quantity: 1,
    })
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({ reason: 'cart_already_ordered' })
    expect((await send('GET', `/carts/${cart.id}`)).status).toBe(200)
  })

  it('answers 429 with Retry-After once a cart used up its attempts', async () => {
    const { place, order } = setup()
    for (let i = 0; i < 10; i++) await place(order('4000000000000002'))
    const limited = await place(order('4000000000000002'))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('900')
    expect(await limited.json()).toMatchObject({ reason: 'too_many_attempts' })
  })

  it('lets a browser send the order headers (CORS)', async () => {
    const { app } = setup()
    const response = await app.request(`${API}/orders/some-order`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'weship-order-token, idempotency-key, authorization',
      },
    })
    expect(response.status).toBe(204)
    const allowed = response.headers.get('access-control-allow-headers') ?? ''
    for (const header of ['weship-order-token', 'idempotency-key', 'authorization']) {
      expect(allowed).toContain(header)
    }
  })
})
