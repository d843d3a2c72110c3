import type { Order } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { planShipments } from './plan-shipments.js'
import { choosePath } from './shipment-paths.js'
import { trackShipment } from './track-shipment.js'

const HOUR = 3600_000
const PLACED = Date.parse('2026-11-26T10:00:00.000Z')
const at = (hours: number) => new Date(PLACED + hours * HOUR)
const eur = (amount: number) => ({ amount, currency: 'EUR' })
const line = (sku: string, quantity: number) => ({
  id: sku,
  sku,
  productId: sku,
  name: sku,
  options: {},
  quantity,
  unitPrice: eur(1000),
  total: eur(1000 * quantity),
})

function order(postalCode: string, skus = ['TEE'], kind: 'standard' | 'pickup' = 'standard') {
  const address = { name: 'Ada', line1: 'Street 1', city: 'Berlin', postalCode, country: 'DE' }
  return {
    id: 'order-1',
    number: 'WS-10001',
    status: 'confirmed',
    email: 'ada@example.com',
    shippingAddress: address,
    billingAddress: address,
    shippingOption: {
      id: 'de-standard',
      kind,
      label: 'Standard',
      carrier: 'DHL Paket',
      price: eur(495),
      estimatedDelivery: { earliest: '2026-11-27', latest: '2026-11-28' },
    },
    giftCards: [],
    receipt: {
      currency: 'EUR',
      items: skus.map((sku) => line(sku, 1)),
      subtotal: eur(1000),
      discounts: [],
      shipping: eur(495),
      tax: null,
      total: eur(1495),
      payments: [],
    },
    createdAt: new Date(PLACED).toISOString(),
  } satisfies Order
}

const statuses = (postalCode: string, hours: number) => {
  const [plan] = planShipments(order(postalCode))
  if (!plan) throw new Error('no package planned')
  return trackShipment(plan, at(hours)).events.map((event) => event.status)
}

describe('the shipment status machine', () => {
  it('walks preparing, label, transit, out for delivery, delivered', () => {
    expect(statuses('10117', 1)).toEqual([])
    expect(statuses('10117', 3)).toEqual(['info_received'])
    // Promised for 27 November at the earliest: 13:00 UTC that day is 27 hours after the order.
    expect(statuses('10117', 26)).toEqual([
      'info_received',
      'in_transit',
      'in_transit',
      'out_for_delivery',
    ])
    expect(statuses('10117', 27)).toEqual([
      'info_received',
      'in_transit',
      'in_transit',
      'out_for_delivery',
      'delivered',
    ])
  })

  it('pairs every scan with words that say what its status says', () => {
    // What the status page shows as an event's title (its status) beside its description.
    const words = new Set<string>()
    for (const postalCode of ['10117', '10113', '10122', '10133', '10144']) {
      const [plan] = planShipments(order(postalCode))
      for (const scan of plan?.scans ?? []) words.add(`${scan.status}: ${scan.description}`)
    }
    expect([...words].sort()).toEqual([
      'attempt_failed: Nobody was home; another attempt follows',
      'available_for_pickup: Ready to collect at the pickup point',
      'delivered: Collected by the recipient',
      'delivered: Delivered',
      'exception: Address not found',
      'exception: Delayed: the label was damaged and is being replaced',
      'in_transit: At the delivery hub',
      'in_transit: Picked up',
      'in_transit: Relabelled',
      'info_received: Shipping label created',
      'out_for_delivery: Out for delivery',
      'return_to_sender: Returning to the sender',
    ])
  })

  it('folds repeated scans at one place into one event', () => {
    const [plan] = planShipments(order('10117'))
    if (!plan) throw new Error('no package planned')
    const transit = trackShipment(plan, at(20)).events.filter((e) => e.status === 'in_transit')
    expect(transit.map((event) => event.location)).toEqual(['Großbeeren, DE', 'Berlin, DE'])
    expect(plan.scans.filter((scan) => scan.status === 'in_transit')).toHaveLength(4)
  })

  it.each([
    ['10113', 'exception'],
    ['10122', 'attempt_failed'],
    ['10133', 'available_for_pickup'],
    ['10144', 'return_to_sender'],
    ['10117', 'delivered'],
    ['SW1A 1AA', 'delivered'],
  ])('sends postal code %s down the %s path', (postalCode, path) => {
    expect(choosePath(postalCode, 'standard')).toBe(path)
    expect(statuses(postalCode, 200)).toContain(path)
  })

  it('lets a pickup option wait at the point whatever the postal code', () => {
    expect(choosePath('10117', 'pickup')).toBe('available_for_pickup')
  })

  it('moves the estimate with the delay it reports, and clears it once delivered', () => {
    const [plan] = planShipments(order('10113'))
    if (!plan) throw new Error('no package planned')
    expect(trackShipment(plan, at(1)).estimatedDelivery).toEqual({
      earliest: '2026-11-27',
      latest: '2026-11-28',
    })
    const delayed = trackShipment(plan, at(14))
    expect(delayed.status).toBe('exception')
    expect(delayed.estimatedDelivery).toEqual({ earliest: '2026-11-29', latest: '2026-11-30' })
    // Two days late, out for delivery on 29 November: the estimate becomes that day.
    expect(trackShipment(plan, at(70)).estimatedDelivery).toEqual({
      earliest: '2026-11-29',
      latest: '2026-11-29',
    })
    const done = trackShipment(plan, at(76))
    expect(done.status).toBe('delivered')
    expect(done.estimatedDelivery).toBeNull()
    expect(done.deliveredAt).toBe('2026-11-29T13:00:00.000Z')
  })

  it('gives a tracking number and carrier link only once the label exists', () => {
    const plans = planShipments(order('10117', ['TEE', 'MUG', 'CAP']))
    expect(plans.map((plan) => [plan.index, plan.count])).toEqual([
      [1, 2],
      [2, 2],
    ])
    expect(plans[1]?.items.map((item) => item.sku)).toEqual(['MUG', 'CAP'])
    const [first, second] = plans.map((plan) => trackShipment(plan, at(3)))
    expect(first?.trackingNumber).toMatch(/^WS\d{12}$/)
    expect(first?.trackingUrl).toContain(first?.trackingNumber)
    expect(second).toMatchObject({ status: 'pending', trackingNumber: null, events: [] })
    const later = plans[1] && trackShipment(plans[1], at(6))
    expect(later?.trackingNumber).toMatch(/^WS\d{12}$/)
    expect(later?.trackingNumber).not.toBe(first?.trackingNumber)
  })
})

describe('the demo carrier', () => {
  it("describes its scans in the order's language, English when it has none", () => {
    const described = (locale?: string) =>
      planShipments({ ...order('10117'), ...(locale ? { locale } : {}) })[0]?.scans.map(
        (scan) => scan.description,
      )
    expect(described()?.slice(0, 2)).toEqual(['Shipping label created', 'Picked up'])
    expect(described('de-AT')?.slice(0, 2)).toEqual(['Versandetikett erstellt', 'Abgeholt'])
    expect(described('ar')?.at(-1)).toBe('تم التوصيل')
    expect(described('xx-unknown')?.[0]).toBe('Shipping label created')
  })
})
