import { describe, expect, it } from 'vitest'
import { analyticsCart } from './analytics-cart.js'
import { analyticsOrder, analyticsShipment } from './analytics-order.js'
import type { Shipment } from './schemas/tracking.js'
import { addressFixture as address, cartFixture, orderFixture } from './testing/fixtures.js'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

describe('what events carry', () => {
  it('a cart without its contact and addresses, and without fields nobody chose', () => {
    const cart = {
      ...cartFixture({ contact: { email: 'ada@example.com' }, shippingAddress: address }),
      billingAddress: address,
      // A field a future schema might add: it stays out until someone decides otherwise.
      phone: '+49 30 1234567',
    }
    const carried = analyticsCart(cart)
    for (const key of ['contact', 'shippingAddress', 'billingAddress', 'phone']) {
      expect(carried).not.toHaveProperty(key)
    }
    expect(JSON.stringify(carried)).not.toMatch(/ada@example|Lovelace|Main St|\+49/)
    expect(carried).toMatchObject({ id: 'cart_1', currency: 'EUR', items: [] })
  })

  it('an order with its number, totals and items, never its e-mail, addresses or token', () => {
    const order = orderFixture({
      statusToken: 'tok_secret',
      receipt: {
        ...orderFixture().receipt,
        discounts: [{ label: '10%', code: 'WELCOME10', amount: eur(200) }],
        total: eur(2290),
        payments: [
          {
            type: 'card',
            label: 'Visa •••• 4242',
            brand: 'visa',
            last4: '4242',
            amount: eur(2290),
          },
        ],
      },
    })
    const carried = analyticsOrder(order)
    expect(carried.number).toBe('WS-10042')
    expect(carried.receipt.total).toEqual(eur(2290))
    expect(carried.receipt.discounts[0]?.code).toBe('WELCOME10')
    expect(carried.receipt.payments).toEqual([{ type: 'card', brand: 'visa', amount: eur(2290) }])
    expect(JSON.stringify(carried)).not.toMatch(/ada@example|Lovelace|Main St|tok_secret|4242/)
  })

  it('a shipment without its tracking number, link or the places it was scanned', () => {
    const shipment: Shipment = {
      ...{ id: 's1', index: 1, count: 1, status: 'delivered', carrier: 'DHL' },
      ...{ trackingNumber: '00340434', trackingUrl: 'https://dhl.example/t/00340434' },
      ...{ estimatedDelivery: null, items: [{ sku: 'TEE', name: 'Tee', quantity: 1 }] },
      events: [
        { status: 'delivered', occurredAt: '2026-11-28T10:00:00.000Z', location: 'Berlin 10119' },
      ],
    } as Shipment
    const carried = analyticsShipment(shipment)
    expect(carried).toMatchObject({ status: 'delivered', carrier: 'DHL', items: shipment.items })
    expect(JSON.stringify(carried)).not.toMatch(/00340434|10119/)
  })
})
