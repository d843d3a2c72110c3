import type { Order } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { quoteShipping } from '../shipping/shipping-rates.js'
import { planShipments } from './plan-shipments.js'
import { trackShipment } from './track-shipment.js'

const HOUR = 3600_000
const address = (country: string, postalCode: string) => ({
  name: 'Ada',
  line1: 'Street 1',
  city: 'Somewhere',
  postalCode,
  country,
})
const item = (sku: string) => ({
  id: sku,
  sku,
  productId: sku,
  name: sku,
  options: {},
  quantity: 1,
  unitPrice: { amount: 1000, currency: 'EUR' },
  total: { amount: 1000, currency: 'EUR' },
})

/** An order of two lines (two packages) placed at `placedAt` with the option of `kind`. */
function orderAt(placedAt: Date, country: string, kind: string): Order | undefined {
  const options = quoteShipping({
    country,
    currency: 'EUR',
    merchandise: 1000,
    freeShipping: false,
    now: placedAt,
  })
  const shippingOption = options.find((option) => option.kind === kind)
  if (!shippingOption) return undefined
  const where = address(country, '10117')
  const money = { amount: 0, currency: 'EUR' }
  return {
    id: `order-${placedAt.getTime()}-${country}-${kind}`,
    number: 'WS-1',
    status: 'confirmed',
    email: 'ada@example.com',
    shippingAddress: where,
    billingAddress: where,
    shippingOption,
    giftCards: [],
    receipt: {
      currency: 'EUR',
      items: [item('A'), item('B')],
      subtotal: money,
      discounts: [],
      shipping: money,
      tax: null,
      total: money,
      payments: [],
    },
    createdAt: placedAt.toISOString(),
  }
}

describe('the mock carrier', () => {
  it('delivers every package within the dates promised at checkout, whenever it was ordered', () => {
    const broken: string[] = []
    // Every hour of two weeks (weekends, cut-offs, both DST sides), every zone and kind.
    const start = Date.parse('2026-10-19T00:00:00Z')
    for (let hour = 0; hour < 14 * 24; hour += 1) {
      const placedAt = new Date(start + hour * HOUR)
      for (const country of ['DE', 'FR', 'GB', 'US', 'JP', 'BR']) {
        for (const kind of ['standard', 'express']) {
          const order = orderAt(placedAt, country, kind)
          const promise = order?.shippingOption.estimatedDelivery
          if (!order || !promise) continue
          for (const plan of planShipments(order)) {
            const day = trackShipment(plan, new Date(8.64e15)).deliveredAt?.slice(0, 10) ?? ''
            if (day < promise.earliest || day > promise.latest) {
              broken.push(
                `${order.id} #${plan.index}: ${day} not in ${promise.earliest}–${promise.latest}`,
              )
            }
          }
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('scans each package in time order, the label first', () => {
    const order = orderAt(new Date('2026-12-04T12:59:00Z'), 'DE', 'express')
    for (const plan of order ? planShipments(order) : []) {
      const times = plan.scans.map((scan) => scan.at)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(new Set(times).size).toBe(times.length)
      expect(plan.scans[0]?.status).toBe('info_received')
    }
  })
})
