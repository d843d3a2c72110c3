import type { Cart } from '@weship/checkout-core'
import type { CatalogIndex } from '../catalog-index.js'
import { stockRefused } from '../engine-errors.js'
import {
  cartEmpty,
  cartVersionMismatch,
  detailsMissing,
  type MissingDetail,
} from './order-errors.js'

/**
 * Everything that must hold before money moves, checked again right before the order is written:
 * the version the shopper confirmed, the details an order needs, and stock for every line.
 */
export function assertReadyToOrder(cart: Cart, cartVersion: number, catalog: CatalogIndex): void {
  if (cartVersion !== cart.version) throw cartVersionMismatch(cart.version)
  if (cart.items.length === 0) throw cartEmpty()
  const missing: MissingDetail[] = []
  if (!cart.contact) missing.push('contact_required')
  if (!cart.shippingAddress) missing.push('shipping_address_required')
  if (!cart.shippingOptionId) missing.push('shipping_option_required')
  const [first, ...rest] = missing
  if (first) throw detailsMissing([first, ...rest])
  cart.items.forEach((item, index) => {
    const stock = catalog.findVariant(item.sku)?.variant.stock
    if (stock !== undefined && item.quantity > stock) {
      throw stockRefused(item.sku, stock, `items.${index}.quantity`)
    }
  })
}
