import {
  type AppliedGiftCard,
  allocateMoney,
  type Cart,
  type Discount,
  type LineItem,
  type Money,
  money,
  type PickupPoint,
  type ShippingOption,
} from '@weship/checkout-core'
import type { StoredCheckoutDetails } from '../checkout/stored-details.js'
import type { CodeLedger } from '../codes/code-ledger.js'
import { type CodeContext, sortCodes } from '../codes/code-rules.js'
import { giftCardId, giftCardLast4 } from '../codes/gift-cards.js'
import { type Promotion, promotionLabel } from '../codes/promotions.js'
import { quoteShipping } from '../shipping/shipping-rates.js'
import { mulDivRoundHalfUp, taxInGross, taxOnNet } from './integer-math.js'
import { taxRuleFor } from './tax-rates.js'

/** What prices depend on besides the cart: the engine clock and the codes' ledger. */
export interface PricingContext {
  now: () => Date
  ledger: CodeLedger
}

export type CheckoutTotals = Pick<
  Cart,
  | 'discounts'
  | 'shipping'
  | 'tax'
  | 'total'
  | 'promoCodes'
  | 'giftCards'
  | 'amountDue'
  | 'contact'
  | 'shippingAddress'
  | 'billingAddress'
  | 'shippingOptionId'
  | 'pickupPoint'
>

type PricedCart = StoredCheckoutDetails & { currency: string }

export function codeContext(
  cart: PricedCart,
  subtotal: number,
  pricing: PricingContext,
): CodeContext {
  return {
    currency: cart.currency,
    subtotal,
    email: cart.contact?.email,
    now: pricing.now(),
    ledger: pricing.ledger,
  }
}

/**
 * Everything of a cart's price beyond its lines. Rules: `total = subtotal − discounts + shipping
 * + tax when added`; `amountDue = total − gift cards`. Tax is computed per line (after its share of
 * the discounts) and on shipping as one more line, each rounded half up, then summed.
 */
export function priceCheckout(
  cart: PricedCart,
  items: readonly LineItem[],
  subtotal: Money,
  pricing: PricingContext,
): CheckoutTotals {
  const { currency } = cart
  const codes = sortCodes(cart.codes ?? [], codeContext(cart, subtotal.amount, pricing))
  const discounts = discountsFor(codes.promotions, currency, subtotal.amount)
  const discountTotal = discounts.reduce((sum, discount) => sum + discount.amount.amount, 0)
  const option = chosenOption(cart, subtotal.amount - discountTotal, codes.promotions, pricing)
  const shipping = option ? { ...option.price } : null
  const lineNets = netLines(items, discountTotal, currency)
  const tax = cart.shippingAddress
    ? taxFor(cart.shippingAddress, lineNets, shipping?.amount ?? 0, currency)
    : null
  const addedTax = tax && !tax.included ? tax.amount.amount : 0
  const total = subtotal.amount - discountTotal + (shipping?.amount ?? 0) + addedTax
  let due = total
  const giftCards: AppliedGiftCard[] = codes.giftCards.map((card) => {
    const amount = Math.min(card.balance, due)
    due -= amount
    return {
      id: giftCardId(card.code),
      last4: giftCardLast4(card.code),
      amount: money(amount, currency),
      remainingBalance: money(card.balance - amount, currency),
    }
  })
  return {
    discounts,
    shipping,
    tax,
    total: money(total, currency),
    promoCodes: codes.promotions.map((promotion) => promotion.code),
    giftCards,
    amountDue: money(due, currency),
    contact: cart.contact ? structuredClone(cart.contact) : null,
    shippingAddress: cart.shippingAddress ? { ...cart.shippingAddress } : null,
    billingAddress: cart.billingAddress ? { ...cart.billingAddress } : null,
    shippingOptionId: option?.id ?? null,
    pickupPoint: option ? chosenPickupPoint(option, cart.pickupPointId) : null,
  }
}

/** A pickup option's point: the one chosen, else the nearest; null for other options. */
export function chosenPickupPoint(
  option: ShippingOption,
  pointId: string | undefined,
): PickupPoint | null {
  const points = option.pickupPoints ?? []
  return points.find((point) => point.id === pointId) ?? points[0] ?? null
}

/** The delivery options for the cart's address, priced for its merchandise and codes. */
export function shippingOptionsFor(
  cart: PricedCart,
  merchandise: number,
  promotions: readonly Promotion[],
  pricing: PricingContext,
): ShippingOption[] {
  if (!cart.shippingAddress) return []
  return quoteShipping({
    country: cart.shippingAddress.country,
    currency: cart.currency,
    merchandise,
    freeShipping: promotions.some((promotion) => promotion.effect.kind === 'free_shipping'),
    now: pricing.now(),
    address: cart.shippingAddress,
  })
}

function chosenOption(
  cart: PricedCart,
  merchandise: number,
  promotions: readonly Promotion[],
  pricing: PricingContext,
): ShippingOption | undefined {
  if (!cart.shippingOptionId) return undefined
  const options = shippingOptionsFor(cart, merchandise, promotions, pricing)
  return options.find((option) => option.id === cart.shippingOptionId)
}

/** Each code takes its share of the subtotal; together they never take more than all of it. */
function discountsFor(promotions: readonly Promotion[], currency: string, subtotal: number) {
  let left = subtotal
  return promotions.flatMap((promotion): Discount[] => {
    const { effect } = promotion
    if (effect.kind === 'free_shipping') return []
    const wanted =
      effect.kind === 'percentage'
        ? mulDivRoundHalfUp(subtotal, effect.percent, 100)
        : (effect.amounts[currency] ?? 0)
    const amount = Math.min(wanted, left)
    left -= amount
    const label = promotionLabel(promotion, currency)
    return [{ label, code: promotion.code, amount: money(amount, currency) }]
  })
}

/** Line totals less their share of the discounts, spread exactly by `allocateMoney`. */
function netLines(items: readonly LineItem[], discountTotal: number, currency: string): number[] {
  const totals = items.map((item) => item.total.amount)
  if (discountTotal === 0 || totals.every((amount) => amount === 0)) return totals
  const shares = allocateMoney(money(discountTotal, currency), totals)
  return totals.map((amount, index) => amount - (shares[index]?.amount ?? 0))
}

function taxFor(
  address: NonNullable<PricedCart['shippingAddress']>,
  lines: readonly number[],
  shipping: number,
  currency: string,
): Cart['tax'] {
  const rule = taxRuleFor(address)
  const taxOf = (amount: number) =>
    rule.included ? taxInGross(amount, rule.rateBp) : taxOnNet(amount, rule.rateBp)
  const taxed = rule.onShipping ? [...lines, shipping] : lines
  const amount = taxed.reduce((sum, line) => sum + taxOf(line), 0)
  return { amount: money(amount, currency), included: rule.included }
}
