import type { Address, Cart, CheckoutAdapter } from '@weship/checkout-core'
import { describe, expect, inject, it } from 'vitest'
import { createMedusaAdapter } from './medusa-adapter.js'
import { medusaDemoData as demo } from './testing/demo-data.js'

// Medusa keeps money in decimal major units and does not round; these carts on the real server
// check that the widget's integer minor units come out exact, in 0-, 2- and 3-decimal currencies.
const medusa = inject('medusa')
const adapter = () =>
  createMedusaAdapter({ baseUrl: medusa.baseUrl, publishableKey: medusa.publishableKey })
const at = (country: string, city: string, more: Partial<Address> = {}): Address => ({
  name: 'Grace Hopper',
  line1: '1 Harbour Road',
  city,
  country,
  ...more,
})

/** The contract's one sum, which must hold to the minor unit. */
function expectSumsToTotal(cart: Cart) {
  const discounts = cart.discounts.reduce((sum, discount) => sum + discount.amount.amount, 0)
  const addedTax = cart.tax && !cart.tax.included ? cart.tax.amount.amount : 0
  const sum = cart.subtotal.amount - discounts + (cart.shipping?.amount ?? 0) + addedTax
  expect(sum).toBe(cart.total.amount)
  for (const item of cart.items)
    expect(item.total.amount).toBe(item.unitPrice.amount * item.quantity)
}

async function cartIn(
  backend: CheckoutAdapter,
  currency: string,
  lines: Array<[string, number]>,
  address?: Address,
) {
  let cart = await backend.createCart({ currency })
  for (const [sku, quantity] of lines) cart = await backend.addItem(cart.id, { sku, quantity })
  if (!address) return cart
  await backend.setContact(cart.id, { email: 'money@example.com' })
  await backend.setShippingAddress(cart.id, address)
  const options = await backend.listShippingOptions(cart.id)
  const standard = options.find((option) => option.label === 'Standard delivery')
  return backend.selectShippingOption(cart.id, standard?.id ?? '')
}

describe('money from Medusa, exactly', () => {
  it('adds 0.10 and 0.20 over many lines to the cent', async () => {
    const backend = adapter()
    const lines: Array<[string, number]> = [
      [demo.tenCents, 7],
      [demo.twentyCents, 9],
      [demo.tenCents, 4],
      [demo.twentyCents, 1],
    ]
    const cart = await cartIn(backend, 'EUR', lines)
    // 11 × 0.10 + 10 × 0.20 = 3.10, where floats would say 3.1000000000000005.
    expect(cart.items.map((item) => [item.sku, item.quantity, item.total.amount])).toEqual([
      [demo.tenCents, 11, 110],
      [demo.twentyCents, 10, 200],
    ])
    expect(cart.total).toEqual({ amount: 310, currency: 'EUR' })
    const discounted = await backend.applyCode(cart.id, demo.promo.valid)
    expect(discounted.discounts.map((d) => d.amount.amount)).toEqual([31])
    expect(discounted.total.amount).toBe(279)
    expectSumsToTotal(discounted)
  })

  it('keeps yen whole, with Japanese consumption tax included', async () => {
    const cart = await cartIn(
      adapter(),
      'JPY',
      [[demo.sku, 2]],
      at('JP', 'Tokyo', { postalCode: '100-0001', region: '13' }),
    )
    expect(cart.items[0]?.unitPrice).toEqual({ amount: 6800, currency: 'JPY' })
    expect(cart.shipping).toEqual({ amount: 500, currency: 'JPY' })
    expect(cart.total).toEqual({ amount: 14_100, currency: 'JPY' })
    // 10% included: 14 100 / 11 = 1 281.8…, rounded once.
    expect(cart.tax).toEqual({ amount: { amount: 1282, currency: 'JPY' }, included: true })
    expectSumsToTotal(cart)
  })

  it('counts Kuwaiti fils in thousandths', async () => {
    const lines: Array<[string, number]> = [
      [demo.sku, 1],
      [demo.tenCents, 3],
    ]
    const cart = await cartIn(adapter(), 'KWD', lines, at('KW', 'Kuwait City'))
    expect(cart.items.map((item) => item.total.amount)).toEqual([15_250, 300])
    expect(cart.shipping?.amount).toBe(1500)
    expect(cart.total).toEqual({ amount: 17_050, currency: 'KWD' })
    expectSumsToTotal(cart)
  })

  it('adds Bahraini VAT to before-tax prices, rounding Medusa’s unrounded tax once', async () => {
    const backend = adapter()
    const cart = await cartIn(backend, 'BHD', [[demo.sku, 2]], at('BH', 'Manama'))
    // 2 × 18.755 + 1.750 delivery = 39.260, and 10% VAT 3.926.
    expect(cart.subtotal.amount).toBe(37_510)
    expect(cart.tax).toEqual({ amount: { amount: 3926, currency: 'BHD' }, included: false })
    expect(cart.total.amount).toBe(43_186)
    // 10% off 37.510 is 3.751; VAT on 35.509 is 3.5509, which Medusa keeps unrounded.
    const discounted = await backend.applyCode(cart.id, demo.promo.valid)
    expect(discounted.discounts[0]?.amount.amount).toBe(3751)
    expect(discounted.total.amount).toBe(39_060)
    expect(discounted.tax?.amount.amount).toBe(3551)
    expectSumsToTotal(discounted)

    const result = await backend.placeOrder(
      cart.id,
      { cartVersion: discounted.version, payment: { methodId: demo.manualPayment } },
      { idempotencyKey: `bhd-${Date.now()}` },
    )
    if (result.status !== 'completed') throw new Error('Expected an order')
    expect(result.order.receipt).toMatchObject({
      currency: 'BHD',
      subtotal: discounted.subtotal,
      discounts: discounted.discounts,
      shipping: discounted.shipping,
      tax: discounted.tax,
      total: discounted.total,
    })
  })
})
