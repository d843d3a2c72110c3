import { describe, expect, it } from 'vitest'
import { medusaOrderToOrder } from './map-order.js'
import type { MedusaOrder } from './medusa-schemas.js'

/** A placed Medusa order as far as its status goes. */
function order(more: Partial<MedusaOrder>): MedusaOrder {
  return {
    id: 'order_1',
    display_id: 7,
    status: 'pending',
    fulfillment_status: 'not_fulfilled',
    currency_code: 'eur',
    email: 'ada@example.com',
    created_at: '2026-12-06T00:00:00.000Z',
    updated_at: '2026-12-06T00:00:00.000Z',
    items: [],
    shipping_methods: [],
    shipping_address: { address_1: 'Unter den Linden 1', country_code: 'de' },
    billing_address: null,
    total: 0,
    tax_total: 0,
    discount_total: 0,
    discount_subtotal: 0,
    ...more,
  } as MedusaOrder
}

const statusOf = (more: Partial<MedusaOrder>) =>
  medusaOrderToOrder(order(more), {
    withToken: false,
    methodOf: () => ({ id: 'pp_system_default', type: 'card', label: 'Card' }),
  }).status

describe("a Medusa order's status", () => {
  it('is shipped while packages travel and delivered once they all arrived (issue 16)', () => {
    expect(statusOf({})).toBe('confirmed')
    expect(statusOf({ fulfillment_status: 'shipped' })).toBe('fulfilled')
    expect(statusOf({ fulfillment_status: 'partially_delivered' })).toBe('fulfilled')
    expect(statusOf({ fulfillment_status: 'delivered' })).toBe('delivered')
    expect(statusOf({ status: 'canceled', fulfillment_status: 'delivered' })).toBe('cancelled')
  })
})
