import { pick } from './analytics-cart.js'
import type { Order, Receipt } from './schemas/order.js'
import type { PaymentSummary } from './schemas/payment.js'
import type { Shipment } from './schemas/tracking.js'

// What `weship-order-placed` and `weship-tracking-update` carry (see analytics-cart.ts).

const receiptFields = [
  'currency',
  'items',
  'subtotal',
  'discounts',
  'shipping',
  'tax',
  'total',
] as const satisfies ReadonlyArray<keyof Receipt>

/** How a payment shows in an event: its method type, the card brand and the amount. */
export type AnalyticsPayment = Pick<PaymentSummary, 'type' | 'brand' | 'amount'>

/**
 * A placed order as `weship-order-placed` carries it (GA4 `purchase`): its number, items,
 * totals, codes and delivery. The e-mail, the addresses and the status token are on the
 * element's `lastOrder` instead.
 */
export interface AnalyticsOrder extends Pick<Order, 'id' | 'number' | 'status' | 'createdAt'> {
  shippingOption: Order['shippingOption']
  receipt: Pick<Receipt, (typeof receiptFields)[number]> & { payments: AnalyticsPayment[] }
}

/** A shipment as `weship-tracking-update` carries it: no tracking number, link or scan places. */
export type AnalyticsShipment = Pick<
  Shipment,
  'id' | 'index' | 'count' | 'status' | 'carrier' | 'estimatedDelivery' | 'deliveredAt' | 'items'
>

export function analyticsOrder(order: Order): AnalyticsOrder {
  const { receipt } = order
  return {
    ...pick(order, ['id', 'number', 'status', 'createdAt', 'shippingOption']),
    receipt: {
      ...pick(receipt, receiptFields),
      payments: receipt.payments.map((payment) => pick(payment, ['type', 'brand', 'amount'])),
    },
  }
}

export function analyticsShipment(shipment: Shipment): AnalyticsShipment {
  const fields = ['id', 'index', 'count', 'status', 'carrier', 'estimatedDelivery'] as const
  return pick(shipment, [...fields, 'deliveredAt', 'items'])
}
