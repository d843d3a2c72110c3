import { describe, expect, it } from 'vitest'
import { priceBreakdown } from './map-totals.js'
import type { MedusaPriced } from './medusa-schemas.js'

/** A Medusa cart or order as far as totals go, with Medusa's own unrounded decimals. */
function priced(more: Partial<MedusaPriced>): MedusaPriced {
  return {
    id: 'cart_1',
    currency_code: 'eur',
    email: null,
    created_at: '2026-12-06T00:00:00.000Z',
    updated_at: '2026-12-06T00:00:00.000Z',
    items: [],
    shipping_methods: [],
    shipping_address: null,
    billing_address: null,
    total: 0,
    tax_total: 0,
    discount_total: 0,
    discount_subtotal: 0,
    ...more,
  }
}
const line = (
  id: string,
  unit: number,
  quantity: number,
  inclusive: boolean,
  adjustment?: number,
) => ({
  id,
  title: id,
  variant_sku: id.toUpperCase(),
  product_id: `prod_${id}`,
  quantity,
  unit_price: unit,
  is_tax_inclusive: inclusive,
  adjustments: adjustment === undefined ? [] : [{ code: 'WESHIP10', amount: adjustment }],
})
const address = { address_1: 'Unter den Linden 1', country_code: 'de' }
const contractSum = (prices: ReturnType<typeof priceBreakdown>) => {
  const discounts = prices.discounts.reduce((sum, d) => sum + d.amount.amount, 0)
  const added = prices.tax && !prices.tax.included ? prices.tax.amount.amount : 0
  return prices.subtotal.amount - discounts + (prices.shipping?.amount ?? 0) + added
}

describe('Medusa totals in minor units', () => {
  it('shows tax-inclusive prices with the VAT share rounded once (Medusa’s 19% of 149.80)', () => {
    // As Medusa 2.21 answered: 3 × 49.90 with 9.90 express, German VAT included.
    const prices = priceBreakdown(
      priced({
        items: [line('crew', 49.9, 3, true)],
        shipping_methods: [
          {
            id: 'sm',
            name: 'Express',
            shipping_option_id: 'so',
            amount: 9.9,
            is_tax_inclusive: true,
          },
        ],
        shipping_address: address,
        total: 159.6,
        tax_total: 25.48235294117647,
        original_shipping_total: 9.9,
        original_shipping_subtotal: 8.319327731092438,
      }),
    )
    expect(prices.items[0]?.total.amount).toBe(14_970)
    expect(prices.shipping?.amount).toBe(990)
    expect(prices.tax).toEqual({ amount: { amount: 2548, currency: 'EUR' }, included: true })
    expect(prices.total.amount).toBe(15_960)
    expect(contractSum(prices)).toBe(prices.total.amount)
  })

  it('lets the discount absorb the cent when Medusa’s gross discount rounds away from the total', () => {
    // 15% of 0.10 is 0.015: Medusa keeps it; the total 0.085 is charged as 0.09.
    const prices = priceBreakdown(
      priced({
        items: [line('sticker', 0.1, 1, true, 0.0126)],
        shipping_address: address,
        total: 0.085,
        tax_total: 0.0135,
        discount_total: 0.015,
        discount_subtotal: 0.0126,
      }),
    )
    expect(prices.total.amount).toBe(9)
    expect(prices.discounts).toEqual([
      { label: 'WESHIP10', code: 'WESHIP10', amount: { amount: 1, currency: 'EUR' } },
    ])
    expect(contractSum(prices)).toBe(9)
  })

  it('adds tax to before-tax prices as what the total has beyond them', () => {
    // Bahrain: 2 × 18.755 with 1.750 delivery, 10% VAT, after 10% off the items.
    const prices = priceBreakdown(
      priced({
        currency_code: 'bhd',
        items: [line('crew', 18.755, 2, false, 3.751)],
        shipping_methods: [
          {
            id: 'sm',
            name: 'Standard',
            shipping_option_id: 'so',
            amount: 1.75,
            is_tax_inclusive: false,
          },
        ],
        shipping_address: { address_1: 'Road 1', country_code: 'bh' },
        total: 39.0599,
        tax_total: 3.5509,
        discount_total: 4.1261,
        discount_subtotal: 3.751,
        original_shipping_total: 1.925,
        original_shipping_subtotal: 1.75,
      }),
    )
    expect(prices.subtotal.amount).toBe(37_510)
    expect(prices.discounts[0]?.amount.amount).toBe(3751)
    expect(prices.shipping?.amount).toBe(1750)
    expect(prices.total.amount).toBe(39_060)
    expect(prices.tax).toEqual({ amount: { amount: 3551, currency: 'BHD' }, included: false })
    expect(contractSum(prices)).toBe(39_060)
  })

  it('splits one discount total over several codes by their adjustments', () => {
    const items = [
      { ...line('a', 10, 1, true), adjustments: [{ code: 'TEN', amount: 1 }] },
      {
        ...line('b', 20, 1, true),
        adjustments: [
          { code: 'FIVE', amount: 0.5 },
          { code: 'TEN', amount: 2 },
        ],
      },
    ]
    const prices = priceBreakdown(
      priced({ items, total: 26.5, discount_total: 3.5, discount_subtotal: 2.94 }),
    )
    expect(prices.discounts.map((d) => [d.code, d.amount.amount])).toEqual([
      ['TEN', 300],
      ['FIVE', 50],
    ])
    expect(contractSum(prices)).toBe(2650)
  })

  it('has no tax and no shipping before the address and the delivery are known', () => {
    const prices = priceBreakdown(priced({ items: [line('crew', 49.9, 1, true)], total: 49.9 }))
    expect([prices.tax, prices.shipping]).toEqual([null, null])
    const empty = priceBreakdown(priced({ currency_code: 'jpy' }))
    expect(empty).toMatchObject({ items: [], total: { amount: 0, currency: 'JPY' }, tax: null })
  })

  it('lists lines oldest first, whatever order Medusa answers them in', () => {
    const items = [
      { ...line('b', 2, 1, true), created_at: '2026-12-06T10:00:02.000Z' },
      { ...line('a', 1, 1, true), created_at: '2026-12-06T10:00:01.000Z' },
      { ...line('c', 3, 1, true), created_at: '2026-12-06T10:00:02.000Z' },
    ]
    const prices = priceBreakdown(priced({ items, total: 6 }))
    expect(prices.items.map((item) => item.id)).toEqual(['a', 'b', 'c'])
  })

  it('keeps only absolute http(s) thumbnails (a relative one would resolve against the shop page)', () => {
    const items = [
      { ...line('a', 1, 1, true), thumbnail: 'https://cdn.example/a.png' },
      { ...line('b', 1, 1, true), thumbnail: '/static/b.png' },
    ]
    const prices = priceBreakdown(priced({ items, total: 2 }))
    expect(prices.items.map((item) => item.imageUrl)).toEqual([
      'https://cdn.example/a.png',
      undefined,
    ])
  })
})
