import {
  allocateMoney,
  type Discount,
  decimalToMinorUnits,
  isHttpUrl,
  type LineItem,
  type Money,
  type Tax,
} from '@weship/checkout-core'
import type { MedusaLine, MedusaPriced } from './medusa-schemas.js'

export interface PriceBreakdown {
  currency: string
  items: LineItem[]
  subtotal: Money
  discounts: Discount[]
  shipping: Money | null
  tax: Tax | null
  total: Money
}

/**
 * Medusa's decimal totals in the contract's integer minor units, shown the way the prices were
 * entered: tax-inclusive currencies (EU VAT) show prices with tax, the others before tax with the
 * tax added. Medusa does not round: a 19% VAT share of 149.80 is 23.9176470588…, and a 10% promo
 * on 0.15 is 0.015. Every figure is rounded to the minor unit once, the total as the payment
 * provider charges it, and the one figure that the others do not fix absorbs the rounding so the
 * contract's sum holds to the cent: the added tax (before-tax prices), else the discount.
 */
export function priceBreakdown(
  source: MedusaPriced,
  variantOptions: ReadonlyMap<string, Record<string, string>> = new Map(),
): PriceBreakdown {
  const currency = source.currency_code.toUpperCase()
  const minor = (value: string | number | undefined) =>
    value === undefined ? 0 : decimalToMinorUnits(value, currency)
  const money = (amount: number): Money => ({ amount, currency })
  const methods = source.shipping_methods ?? []
  const included = source.items[0]?.is_tax_inclusive ?? methods[0]?.is_tax_inclusive ?? false

  // Medusa answers lines in no set order (an updated row can move to the end): oldest first.
  const items = [...source.items].sort(byCreation).map((line) => {
    const options = variantOptions.get(line.variant_id ?? '') ?? optionsOf(line)
    return toLineItem(line, options, minor, money)
  })
  const subtotal = items.reduce((sum, item) => sum + item.total.amount, 0)
  const shippingAmount = shippingOf(source, included, minor)
  const total = minor(source.total)
  const discounts = discountsOf(source, included, minor, money)
  const taken = () => discounts.reduce((sum, discount) => sum + discount.amount.amount, 0)
  const beforeTax = () => subtotal - taken() + (shippingAmount ?? 0)

  let tax: number
  let shipping = shippingAmount
  if (included) {
    tax = minor(source.tax_total)
    const rounding = total - beforeTax()
    const last = discounts.at(-1)
    if (rounding !== 0 && last) last.amount = money(last.amount.amount - rounding)
    else if (rounding !== 0 && shipping !== null) shipping += rounding
    else if (rounding !== 0) discounts.push({ label: 'Rounding', amount: money(-rounding) })
  } else {
    tax = total - beforeTax()
  }
  const taxKnown = items.length > 0 && (Boolean(source.shipping_address) || tax !== 0)
  return {
    currency,
    items,
    subtotal: money(subtotal),
    discounts,
    shipping: shipping === null ? null : money(shipping),
    tax: taxKnown ? { amount: money(tax), included } : null,
    total: money(total),
  }
}

type Minor = (value: string | number | undefined) => number

function toLineItem(
  line: MedusaLine,
  options: Record<string, string>,
  minor: Minor,
  money: (n: number) => Money,
): LineItem {
  const unit = minor(line.unit_price)
  return {
    id: line.id,
    sku: line.variant_sku || line.variant_id || line.id,
    productId: line.product_id ?? line.variant_id ?? line.id,
    name: line.product_title ?? line.title,
    options,
    ...(line.thumbnail && isHttpUrl(line.thumbnail) ? { imageUrl: line.thumbnail } : {}),
    quantity: line.quantity,
    unitPrice: money(unit),
    total: money(unit * line.quantity),
  }
}

/** The delivery as priced, before any shipping discount (which shows among the discounts). */
function shippingOf(source: MedusaPriced, included: boolean, minor: Minor): number | null {
  const methods = source.shipping_methods ?? []
  if (methods.length === 0) return null
  const original = included ? source.original_shipping_total : source.original_shipping_subtotal
  if (original !== undefined) return minor(original)
  return methods.reduce((sum, method) => sum + minor(method.amount), 0)
}

/** One discount per promotion code, splitting Medusa's discount total by its adjustments. */
function discountsOf(
  source: MedusaPriced,
  included: boolean,
  minor: Minor,
  money: (n: number) => Money,
): Discount[] {
  const discounts: Discount[] = []
  const amount = minor(included ? source.discount_total : source.discount_subtotal)
  if (amount !== 0) {
    const byCode = new Map<string, number>()
    const adjusted = [...source.items, ...(source.shipping_methods ?? [])]
    for (const adjustment of adjusted.flatMap((entry) => entry.adjustments ?? [])) {
      const code = adjustment.code ?? ''
      byCode.set(code, (byCode.get(code) ?? 0) + Math.max(0, minor(adjustment.amount)))
    }
    const codes = [...byCode.keys()]
    const weights = codes.map((code) => byCode.get(code) ?? 0)
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
    const parts = weightSum > 0 ? allocateMoney(money(amount), weights) : [money(amount)]
    parts.forEach((part, index) => {
      const code = weightSum > 0 ? codes[index] : undefined
      discounts.push({ label: code || 'Discount', ...(code ? { code } : {}), amount: part })
    })
  }
  const credit = minor(source.credit_line_total)
  if (credit !== 0) discounts.push({ label: 'Store credit', amount: money(credit) })
  return discounts
}

/** `{ Size: 'M' }` from the variant's options (a cart line) or their copy (an order line). */
export function optionsOf(line: MedusaLine): Record<string, string> {
  const fromVariant = (line.variant?.options ?? []).flatMap((option) =>
    option.option?.title && option.value ? [[option.option.title, option.value]] : [],
  )
  const copied = Object.entries(line.variant_option_values ?? {}).flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value]] : [],
  )
  return Object.fromEntries(fromVariant.length > 0 ? fromVariant : copied)
}

function byCreation(a: MedusaLine, b: MedusaLine): number {
  const time = (a.created_at ?? '').localeCompare(b.created_at ?? '')
  return time !== 0 ? time : a.id.localeCompare(b.id)
}
