import type { Cart, LineItem, Money } from '@weship/checkout-core'
import { fromVendureAddress } from './map-address.js'
import type { VendureOrder } from './vendure-schemas.js'

type VendureLine = VendureOrder['lines'][number]

/**
 * Prices as the channel keeps them: with tax where `pricesIncludeTax` (EU-style), else before
 * tax with the tax added as its own line (US-style). Either way the contract's sum holds,
 * subtotal − discounts + shipping (+ added tax) = total, without rounding a cent of our own.
 */
export function orderToCart(
  order: VendureOrder,
  cartId: string,
  version: number,
  taxIncluded: boolean,
): Cart {
  const money = moneyIn(order.currencyCode)
  const prices = pricesOf(order, taxIncluded)
  const items = order.lines.map((line) => toLineItem(line, money, taxIncluded))
  const [shippingLine] = order.shippingLines
  return {
    id: cartId,
    version,
    currency: order.currencyCode,
    items,
    itemCount: order.totalQuantity,
    subtotal: money(prices.subtotal),
    discounts: toDiscounts(order, money, taxIncluded),
    shipping: shippingLine ? money(prices.shipping) : null,
    tax: items.length > 0 ? { amount: money(prices.tax), included: taxIncluded } : null,
    total: money(order.totalWithTax),
    promoCodes: order.couponCodes,
    giftCards: [],
    amountDue: money(order.totalWithTax),
    contact: order.customer ? { email: order.customer.emailAddress } : null,
    shippingAddress: fromVendureAddress(order.shippingAddress),
    billingAddress: fromVendureAddress(order.billingAddress),
    shippingOptionId: shippingLine?.shippingMethod.id ?? null,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  }
}

export function pricesOf(order: VendureOrder, taxIncluded: boolean) {
  const lineTotal = (line: VendureLine) => (taxIncluded ? line.linePriceWithTax : line.linePrice)
  return {
    subtotal: order.lines.reduce((sum, line) => sum + lineTotal(line), 0),
    shipping: taxIncluded ? order.shippingWithTax : order.shipping,
    tax: order.totalWithTax - order.total,
  }
}

export function moneyIn(currency: string) {
  return (amount: number): Money => ({ amount, currency })
}

export function toLineItem(
  line: VendureLine,
  money: (amount: number) => Money,
  taxIncluded: boolean,
): LineItem {
  const variant = line.productVariant
  return {
    id: line.id,
    sku: variant.sku,
    productId: variant.product.id,
    name: variant.name,
    options: Object.fromEntries(variant.options.map((option) => [option.group.name, option.name])),
    ...(imageUrlOf(line.featuredAsset) ? { imageUrl: imageUrlOf(line.featuredAsset) } : {}),
    quantity: line.quantity,
    unitPrice: money(taxIncluded ? line.unitPriceWithTax : line.unitPrice),
    total: money(taxIncluded ? line.linePriceWithTax : line.linePrice),
  }
}

/** Vendure's discounts are negative adjustments; the contract's are amounts taken off. */
export function toDiscounts(
  order: VendureOrder,
  money: (amount: number) => Money,
  taxIncluded: boolean,
) {
  return order.discounts.map((discount) => ({
    label: discount.description,
    amount: money(-(taxIncluded ? discount.amountWithTax : discount.amount)),
  }))
}

/**
 * An asset's preview only where it is an absolute http(s) URL: a relative one would resolve
 * against the merchant's page, not the shop (Vendure without its asset server gives such paths).
 */
export function imageUrlOf(asset: { preview: string } | null | undefined): string | undefined {
  return asset && /^https?:\/\//.test(asset.preview) ? asset.preview : undefined
}
