import { createVersionCounter } from '@weship/checkout-core'
import type { VendureOrder } from './vendure-schemas.js'

/**
 * Vendure keeps no revision counter on an order (and `updatedAt` has one-second precision on
 * SQLite), so versions are counted here (core's `createVersionCounter`, ADR 0008).
 */
export function createCartVersions() {
  const counter = createVersionCounter()
  return {
    versionOf: (cartId: string, order: VendureOrder | null): number =>
      counter.versionOf(cartId, orderFingerprint(order)),
  }
}

/** Everything the shopper sees and agrees to pay; the order's state is not part of it. */
export function orderFingerprint(order: VendureOrder | null): string {
  if (!order) return 'empty'
  return JSON.stringify([
    order.code,
    order.currencyCode,
    order.lines.map((line) => [line.id, line.quantity, line.linePriceWithTax]),
    order.couponCodes,
    order.discounts.map((discount) => discount.amountWithTax),
    order.shippingLines.map((line) => [line.shippingMethod.id, line.priceWithTax]),
    order.totalWithTax,
    order.customer?.emailAddress ?? null,
    order.shippingAddress ?? null,
    order.billingAddress ?? null,
  ])
}
