import { cartSchema, orderSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { orderToCart } from './map-cart.js'
import { placedOrderToOrder, toShippingOption } from './map-order.js'
import { recorded, recordedOrder, recordedPlacedOrder } from './recorded/answers.js'
import { shippingMethodQuoteSchema } from './vendure-schemas.js'

const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0)

describe('a Vendure order as a cart', () => {
  it('shows a before-tax channel with tax added, and totals that add up to what Vendure charges', () => {
    const order = recordedOrder()
    const cart = cartSchema.parse(orderToCart(order, 'token-1', 3, false))
    expect(cart).toMatchObject({ id: 'token-1', version: 3, currency: 'USD', itemCount: 3 })
    const [line] = cart.items
    expect(line).toMatchObject({ sku: 'A23334x30', quantity: 3, unitPrice: { amount: 597 } })
    expect(line?.total.amount).toBe(597 * 3)
    expect(cart.discounts).toEqual([
      { label: '10% off the order', amount: { amount: 179, currency: 'USD' } },
    ])
    expect(cart.tax).toEqual({ amount: { amount: 322, currency: 'USD' }, included: false })
    expect(cart.total.amount).toBe(order.totalWithTax)
    const discounts = sum(cart.discounts.map((discount) => discount.amount.amount))
    const added = cart.subtotal.amount - discounts + (cart.shipping?.amount ?? 0) + 322
    expect(added).toBe(cart.total.amount)
  })

  it('shows a tax-inclusive channel with tax inside the prices', () => {
    const cart = orderToCart(recordedOrder(), 'token-1', 1, true)
    expect(cart.items[0]?.total.amount).toBe(2149)
    expect(cart.tax?.included).toBe(true)
    const discounts = sum(cart.discounts.map((discount) => discount.amount.amount))
    expect(cart.subtotal.amount - discounts + (cart.shipping?.amount ?? 0)).toBe(cart.total.amount)
  })

  it('carries the code, contact, address and chosen delivery', () => {
    const cart = orderToCart(recordedOrder(), 'token-1', 1, false)
    expect(cart.promoCodes).toEqual(['WESHIP10'])
    expect(cart.contact).toEqual({ email: 'recorded@example.com' })
    expect(cart.shippingAddress).toMatchObject({ name: 'Ada Lovelace', country: 'DE' })
    expect(cart.billingAddress).toBeNull()
    expect(cart.shippingOptionId).toBe('T_1')
    expect(cart.amountDue).toEqual(cart.total)
  })

  it('shows product images only from absolute URLs, never paths relative to the page', () => {
    const order = recordedOrder()
    const [line] = order.lines
    if (!line) throw new Error('recorded order has a line')
    const at = (preview: string) => ({ ...order, lines: [{ ...line, featuredAsset: { preview } }] })
    const relative = orderToCart(at('test-url/test-assets/cable.jpg'), 't', 1, false)
    expect(relative.items[0]?.imageUrl).toBeUndefined()
    const absolute = orderToCart(at('https://shop.test/assets/cable.jpg'), 't', 1, false)
    expect(absolute.items[0]?.imageUrl).toBe('https://shop.test/assets/cable.jpg')
  })
})

describe('a placed Vendure order', () => {
  it('is confirmed, with its code as number and status token, and a receipt of the payment', () => {
    const order = orderSchema.parse(
      placedOrderToOrder(recordedPlacedOrder(), {
        taxIncluded: false,
        withToken: true,
        methodNames: new Map([['standard-payment', 'Standard Payment']]),
      }),
    )
    const placed = recordedPlacedOrder()
    expect(order).toMatchObject({ id: placed.id, number: placed.code, status: 'confirmed' })
    expect(order.statusToken).toBe(placed.code)
    expect(order.billingAddress).toEqual(order.shippingAddress)
    expect(order.receipt.total.amount).toBe(placed.totalWithTax)
    expect(order.receipt.payments).toEqual([
      {
        type: 'card',
        label: 'Standard Payment',
        amount: { amount: placed.totalWithTax, currency: 'USD' },
      },
    ])
    expect(order.shippingOption.estimatedDelivery).toBeNull()
  })

  it('reads without a token when read back', () => {
    expect(
      placedOrderToOrder(recordedPlacedOrder(), { taxIncluded: false, withToken: false })
        .statusToken,
    ).toBeUndefined()
  })
})

describe('shipping methods as delivery options', () => {
  it('prices them like the cart and tells express from standard by name', () => {
    const quotes = recorded.shippingMethods.data.eligibleShippingMethods.map((quote) =>
      shippingMethodQuoteSchema.parse(quote),
    )
    const options = quotes.map((quote) => toShippingOption(quote, 'USD', false))
    expect(options.map((option) => [option.kind, option.price.amount])).toEqual([
      ['standard', 500],
      ['express', 1000],
    ])
  })
})
