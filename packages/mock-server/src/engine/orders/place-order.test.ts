import { randomUUID } from 'node:crypto'
import { orderSchema, type PlaceOrderResult } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import { readyCart } from './order-fixtures.js'

const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })

function setup() {
  const engine = createCommerceEngine({ clock: createFixedClock(new Date('2026-11-26T10:00:00Z')) })
  const card = (number = '4242424242424242') => ({
    methodId: 'card',
    token: createTestCardToken(engine, number),
  })
  const key = () => ({ idempotencyKey: randomUUID() })
  return { engine, card, key }
}

function orderOf(result: PlaceOrderResult) {
  if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
  return result.order
}

describe('placing an order', () => {
  it('charges the card once and freezes the cart into a numbered order with a receipt', async () => {
    const { engine, card, key } = setup()
    const cart = readyCart(engine)
    const result = await engine.placeOrder(
      cart.id,
      { cartVersion: cart.version, payment: card() },
      key(),
    )
    const order = orderOf(result)
    expect(orderSchema.parse(order)).toEqual(order)
    expect(order).toMatchObject({
      number: 'WS-10001',
      status: 'confirmed',
      email: 'ada@example.com',
      shippingAddress: cart.shippingAddress,
      billingAddress: cart.shippingAddress,
      shippingOption: { id: cart.shippingOptionId },
      statusToken: expect.stringMatching(/^[\w-]{32}$/),
    })
    expect(order.receipt).toEqual({
      currency: 'EUR',
      items: cart.items,
      subtotal: cart.subtotal,
      discounts: [],
      shipping: cart.shipping,
      tax: cart.tax,
      total: cart.total,
      payments: [
        { type: 'card', label: 'Visa •••• 4242', brand: 'visa', last4: '4242', amount: cart.total },
      ],
    })
    expect(engine.payments.charges()).toEqual([
      expect.objectContaining({ orderId: order.id, amount: cart.total, last4: '4242' }),
    ])
    const next = readyCart(engine)
    const second = await engine.placeOrder(
      next.id,
      { cartVersion: next.version, payment: card() },
      key(),
    )
    expect(orderOf(second).number).toBe('WS-10002')
  })

  it('locks the ordered cart against changes, while it can still be read', async () => {
    const { engine, card, key } = setup()
    const cart = readyCart(engine)
    await engine.placeOrder(cart.id, { cartVersion: cart.version, payment: card() }, key())
    const conflict = refused(409, 'cart_already_ordered')
    expect(() => engine.addItem(cart.id, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })).toThrow(
      conflict,
    )
    expect(() => engine.setContact(cart.id, { email: 'eve@example.com' })).toThrow(conflict)
    expect(() => engine.applyCode(cart.id, 'SAVE5')).toThrow(conflict)
    expect(() => engine.listPaymentMethods(cart.id)).toThrow(conflict)
    expect(engine.getCart(cart.id).version).toBe(cart.version)
    const again = { cartVersion: cart.version, payment: card() }
    await expect(engine.placeOrder(cart.id, again, key())).rejects.toEqual(conflict)
  })

  it('takes the sold units out of stock', async () => {
    const { engine, card, key } = setup()
    const stockOf = () =>
      engine
        .listProducts('EUR')
        .flatMap((p) => p.variants)
        .find((v) => v.sku === 'CARD-HOLDER-TAN')?.stock
    expect(stockOf()).toBe(5)
    const cart = readyCart(engine, { items: [{ sku: 'CARD-HOLDER-TAN', quantity: 4 }] })
    const rival = readyCart(engine, { items: [{ sku: 'CARD-HOLDER-TAN', quantity: 2 }] })
    await engine.placeOrder(cart.id, { cartVersion: cart.version, payment: card() }, key())
    expect(stockOf()).toBe(1)
    const late = engine.placeOrder(rival.id, { cartVersion: rival.version, payment: card() }, key())
    await expect(late).rejects.toEqual(refused(422, 'insufficient_stock'))
    expect(engine.payments.charges()).toHaveLength(1)
  })

  it.each([
    ['4000000000000002', 'card_declined'],
    ['4000000000009995', 'insufficient_funds'],
    ['4000000000000069', 'expired_card'],
    ['4000000000000127', 'incorrect_cvc'],
  ])(
    'declines %s as 402 %s with a generic message, then takes another card',
    async (number, reason) => {
      const { engine, card, key } = setup()
      const cart = readyCart(engine)
      const declined = engine.placeOrder(
        cart.id,
        { cartVersion: cart.version, payment: card(number) },
        key(),
      )
      const error = await declined.catch((caught: unknown) => caught)
      expect(error).toMatchObject({ code: 'PAYMENT_DECLINED', status: 402, reason })
      expect((error as Error).message).toBe(
        'The payment was declined. Try another card or payment method.',
      )
      expect(engine.payments.charges()).toEqual([])
      const retry = await engine.placeOrder(
        cart.id,
        { cartVersion: cart.version, payment: card() },
        key(),
      )
      expect(orderOf(retry).number).toBe('WS-10001')
    },
  )

  it('refuses a stale cart version with 409 and the current version, charging nothing', async () => {
    const { engine, card, key } = setup()
    const cart = readyCart(engine)
    const changed = engine.addItem(cart.id, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    const payment = card()
    const stale = engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key())
    const error = await stale.catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'CONFLICT', status: 409, reason: 'cart_version_mismatch' })
    expect(error).toMatchObject({ extensions: { cartVersion: changed.version } })
    expect(engine.payments.charges()).toEqual([])
    // Nothing was spent on the refused attempt: the same token pays the confirmed cart.
    const result = await engine.placeOrder(
      cart.id,
      { cartVersion: changed.version, payment },
      key(),
    )
    expect(orderOf(result).receipt.total).toEqual(changed.total)
  })

  it('names every missing detail, the first as the reason', async () => {
    const { engine, card, key } = setup()
    const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    const error = await engine
      .placeOrder(cart.id, { cartVersion: cart.version, payment: card() }, key())
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 422, reason: 'contact_required' })
    expect(error).toMatchObject({
      fieldErrors: [
        { field: 'contact' },
        { field: 'shippingAddress' },
        { field: 'shippingOptionId' },
      ],
    })
    const withContact = engine.setContact(cart.id, { email: 'ada@example.com' })
    const next = { cartVersion: withContact.version, payment: card() }
    await expect(engine.placeOrder(cart.id, next, key())).rejects.toEqual(
      refused(422, 'shipping_address_required'),
    )
    const empty = engine.createCart()
    await expect(
      engine.placeOrder(empty.id, { cartVersion: empty.version, payment: card() }, key()),
    ).rejects.toEqual(refused(422, 'cart_empty'))
  })

  it('refuses a missing, unknown or used card token and an unknown method', async () => {
    const { engine, card, key } = setup()
    const cart = readyCart(engine)
    const place = (payment: { methodId: string; token?: string }) =>
      engine.placeOrder(cart.id, { cartVersion: cart.version, payment }, key())
    await expect(place({ methodId: 'card' })).rejects.toEqual(
      refused(422, 'payment_token_required'),
    )
    await expect(place({ methodId: 'card', token: 'tok_forged' })).rejects.toEqual(
      refused(422, 'payment_token_invalid'),
    )
    await expect(place({ methodId: 'invoice' })).rejects.toEqual(
      refused(422, 'payment_method_unavailable'),
    )
    const used = card('4000000000000002')
    await place(used).catch(() => undefined)
    await expect(place(used)).rejects.toEqual(refused(422, 'payment_token_invalid'))
    await expect(
      engine.placeOrder('no-such-cart', { cartVersion: 1, payment: card() }, key()),
    ).rejects.toEqual(refused(404, 'cart_not_found'))
  })

  it('refuses a malformed request before anything happens', async () => {
    const { engine, key } = setup()
    const cart = readyCart(engine)
    const hostile = { cartVersion: -1, payment: { methodId: '' }, total: 0 }
    await expect(engine.placeOrder(cart.id, hostile as never, key())).rejects.toEqual(
      refused(422, 'invalid_request'),
    )
  })
})
