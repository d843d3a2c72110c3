import {
  type Cart,
  CheckoutError,
  type CreateCartRequest,
  MAX_LINE_QUANTITY,
  type Order,
  type Reorder,
  type UnavailableLine,
} from '@weship/checkout-core'
import type { CatalogIndex } from '../catalog-index.js'

export interface ReorderDeps {
  catalog: CatalogIndex
  createCart(request: CreateCartRequest): Cart
}

export function reorderNotFound(): CheckoutError {
  return new CheckoutError('ADAPTER', 'This "Buy again" link is not known or has expired.', {
    status: 404,
    reason: 'reorder_not_found',
  })
}

/**
 * A new cart with the order's items as the shop sells them today (today's prices), in the
 * order's currency when it is still sold in it. What cannot be added whole is listed, never
 * dropped without a word.
 */
export function reorderItems(order: Order, deps: ReorderDeps): Reorder {
  const { catalog } = deps
  const unavailable: UnavailableLine[] = []
  const items: { sku: string; quantity: number }[] = []
  for (const { sku, name, quantity } of order.receipt.items) {
    const entry = catalog.findVariant(sku)
    const stock = entry?.variant.stock ?? MAX_LINE_QUANTITY
    const added = entry ? Math.min(quantity, stock, MAX_LINE_QUANTITY) : 0
    if (added > 0) items.push({ sku, quantity: added })
    if (added < quantity) {
      const reason = !entry ? 'discontinued' : added === 0 ? 'out_of_stock' : 'limited_stock'
      unavailable.push({ sku, name, ordered: quantity, added, reason })
    }
  }
  if (items.length === 0) return { cart: null, unavailable }
  const currency = order.receipt.currency
  const request = catalog.currencies.includes(currency) ? { currency, items } : { items }
  return { cart: deps.createCart(request), unavailable }
}
