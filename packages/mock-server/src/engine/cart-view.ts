import {
  type Cart,
  type LineItem,
  MAX_LINE_QUANTITY,
  money,
  multiplyMoney,
  sumMoney,
} from '@weship/checkout-core'
import { type CatalogIndex, unitPrice } from './catalog-index.js'
import type { StoredCheckoutDetails } from './checkout/stored-details.js'
import { type PricingContext, priceCheckout } from './pricing/price-checkout.js'

/** A cart as the engine keeps it: SKUs and quantities only; prices are derived on every read. */
export interface StoredCart extends StoredCheckoutDetails {
  id: string
  version: number
  currency: string
  lines: StoredLine[]
  /** Next line number, so a removed line's id is never reused within the cart. */
  nextLine: number
  createdAt: string
  updatedAt: string
}

export interface StoredLine {
  id: string
  sku: string
  quantity: number
}

/** Prices a stored cart from the catalog into fresh wire objects the caller may mutate. */
export function viewCart(
  cart: StoredCart,
  catalog: CatalogIndex,
  imageUrl: (productId: string) => string,
  pricing: PricingContext,
): Cart {
  const items = cart.lines.map((line) => viewLine(line, cart.currency, catalog, imageUrl))
  const subtotal = sumMoney(
    items.map((item) => item.total),
    cart.currency,
  )
  return {
    id: cart.id,
    version: cart.version,
    currency: cart.currency,
    items,
    itemCount: items.reduce((count, item) => count + item.quantity, 0),
    subtotal,
    ...priceCheckout(cart, items, subtotal, pricing),
    createdAt: cart.createdAt,
    updatedAt: cart.updatedAt,
  }
}

function viewLine(
  line: StoredLine,
  currency: string,
  catalog: CatalogIndex,
  imageUrl: (productId: string) => string,
): LineItem {
  const entry = catalog.findVariant(line.sku)
  // Lines are only stored for known SKUs; a catalog without it is a programming error.
  if (!entry) throw new Error(`Stored line ${line.id} refers to unknown SKU ${line.sku}.`)
  const { product, variant } = entry
  const unit = money(unitPrice(variant, currency), currency)
  return {
    id: line.id,
    sku: line.sku,
    productId: product.id,
    name: product.name,
    options: { ...variant.options },
    imageUrl: imageUrl(product.id),
    quantity: line.quantity,
    ...(variant.stock === undefined
      ? {}
      : { maxQuantity: Math.min(variant.stock, MAX_LINE_QUANTITY) }),
    unitPrice: unit,
    total: multiplyMoney(unit, line.quantity),
  }
}
