import { cartSchema, productSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from './commerce-engine.js'

const refusal = (fields: Record<string, unknown>) => expect.objectContaining(fields)

function fixedClock(start = '2026-11-26T10:00:00.000Z') {
  let time = new Date(start).getTime()
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms
    },
  }
}

describe('commerce engine: catalog', () => {
  it('lists every product in the requested currency from its own price list', () => {
    const engine = createCommerceEngine()
    const eur = engine.listProducts('EUR')
    const jpy = engine.listProducts('JPY')
    expect(eur.length).toBeGreaterThanOrEqual(9)
    for (const product of [...eur, ...jpy]) expect(productSchema.parse(product)).toEqual(product)
    const sweater = (list: typeof eur) => list.find((p) => p.id === 'merino-crew-sweater')
    expect(sweater(eur)?.variants[0]?.price).toEqual({ amount: 8900, currency: 'EUR' })
    expect(sweater(jpy)?.variants[0]?.price).toEqual({ amount: 12800, currency: 'JPY' })
    expect(sweater(eur)?.imageUrl).toBe('/images/merino-crew-sweater.svg')
  })

  it('refuses a currency without a price list', () => {
    const engine = createCommerceEngine()
    expect(() => engine.listProducts('GBP')).toThrow(
      refusal({ code: 'VALIDATION', status: 422, reason: 'unsupported_currency' }),
    )
  })

  it('hands out copies, so a caller cannot change the catalog', () => {
    const engine = createCommerceEngine()
    const first = engine.listProducts('EUR')
    const variant = first[0]?.variants[0]
    if (variant) variant.price.amount = 1
    expect(engine.listProducts('EUR')[0]?.variants[0]?.price.amount).not.toBe(1)
  })

  it('refuses a catalog with a duplicate SKU or a missing price', () => {
    const variant = { sku: 'A', options: {}, prices: { EUR: 100 } }
    const product = { id: 'p', name: 'P', description: '', imageSvg: '<svg/>', variants: [variant] }
    const twice = { currencies: ['EUR'], products: [product, { ...product, id: 'q' }] }
    expect(() => createCommerceEngine({ catalog: twice })).toThrow(refusal({ code: 'CONFIG' }))
    const unpriced = { currencies: ['EUR', 'USD'], products: [product] }
    expect(() => createCommerceEngine({ catalog: unpriced })).toThrow(/no integer USD price/)
  })
})

describe('commerce engine: carts', () => {
  it('creates an empty cart in the default currency that matches the wire schema', () => {
    const clock = fixedClock()
    const cart = createCommerceEngine({ now: clock.now }).createCart()
    expect(cartSchema.parse(cart)).toEqual(cart)
    expect(cart).toMatchObject({
      version: 1,
      currency: 'EUR',
      items: [],
      itemCount: 0,
      subtotal: { amount: 0, currency: 'EUR' },
      discounts: [],
      shipping: null,
      tax: null,
      total: { amount: 0, currency: 'EUR' },
      createdAt: '2026-11-26T10:00:00.000Z',
    })
    expect(cart.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('prices every line on the server, merging repeated SKUs', () => {
    const engine = createCommerceEngine()
    const cart = engine.createCart({
      currency: 'USD',
      items: [
        { sku: 'COTTON-TEE-SAGE-M', quantity: 2 },
        { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
        { sku: 'COTTON-TEE-SAGE-M', quantity: 1 },
      ],
    })
    expect(cart.items.map(({ sku, quantity }) => [sku, quantity])).toEqual([
      ['COTTON-TEE-SAGE-M', 3],
      ['STONEWARE-MUG-SLATE', 1],
    ])
    expect(cart.items[0]).toMatchObject({
      productId: 'organic-cotton-tee',
      name: 'Organic Cotton Tee',
      options: { colour: 'Sage', size: 'M' },
      unitPrice: { amount: 3200, currency: 'USD' },
      total: { amount: 9600, currency: 'USD' },
      maxQuantity: 100,
    })
    expect(cart.subtotal).toEqual({ amount: 9600 + 2400, currency: 'USD' })
    expect(cart.total).toEqual(cart.subtotal)
    expect(cart.itemCount).toBe(4)
  })

  it('keeps JPY amounts in whole yen', () => {
    const engine = createCommerceEngine()
    const cart = engine.createCart({ currency: 'JPY' })
    const next = engine.addItem(cart.id, { sku: 'MERINO-CREW-NAVY-M', quantity: 2 })
    expect(next.items[0]?.unitPrice).toEqual({ amount: 12800, currency: 'JPY' })
    expect(next.total).toEqual({ amount: 25600, currency: 'JPY' })
  })

  it('refuses an unknown SKU or currency when creating a cart, naming the field', () => {
    const engine = createCommerceEngine()
    const items = [
      { sku: 'COTTON-TEE-SAGE-M', quantity: 1 },
      { sku: 'NOPE', quantity: 1 },
    ]
    expect(() => engine.createCart({ items })).toThrow(
      refusal({
        reason: 'unknown_sku',
        fieldErrors: [{ field: 'items.1.sku', message: 'Unknown SKU.' }],
      }),
    )
    expect(() => engine.createCart({ currency: 'GBP' })).toThrow(
      refusal({ reason: 'unsupported_currency', status: 422 }),
    )
  })

  it('refuses an unknown cart with a 404', () => {
    expect(() => createCommerceEngine().getCart('missing')).toThrow(
      refusal({ code: 'ADAPTER', status: 404, reason: 'cart_not_found' }),
    )
  })
})
