import type { VendureOrder } from './vendure-schemas.js'

/**
 * Vendure keeps no revision counter on an order (and `updatedAt` has one-second precision on
 * SQLite), so versions are counted here: a cart's version goes up each time this adapter sees
 * its content change, and stays put while the content is the same. See ADR 0008.
 */
export function createCartVersions() {
  const seen = new Map<string, { fingerprint: string; version: number }>()

  return {
    versionOf(cartId: string, order: VendureOrder | null): number {
      const fingerprint = orderFingerprint(order)
      const last = seen.get(cartId)
      if (last?.fingerprint === fingerprint) return last.version
      const version = (last?.version ?? 0) + 1
      seen.set(cartId, { fingerprint, version })
      return version
    },
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
