import { formatMoney } from '@weship/checkout-core'
import type { PriceList } from '../shipping/shipping-rates.js'

export type PromotionEffect =
  | { kind: 'percentage'; percent: number }
  | { kind: 'fixed'; amounts: PriceList }
  | { kind: 'free_shipping' }

export interface Promotion {
  /** Canonical form, upper case; shoppers may type it in any case. */
  code: string
  label: string
  effect: PromotionEffect
  /** Least merchandise subtotal per currency; a currency missing here cannot use the code. */
  minimumSubtotal?: PriceList
  /** ISO instant from which the code no longer applies. */
  expiresAt?: string
  /** One use per customer, known by the contact e-mail. */
  oncePerCustomer?: boolean
  /** One use in all: the first order that redeems it spends it (cart reminder incentives). */
  singleUse?: boolean
  /** Only for this address (as `emailKey` gives it): a code e-mailed to a shopper works for them. */
  forEmail?: string
  /** Combines with any other code; without it, a cart holds at most one such code. */
  stackable?: boolean
}

/** The demo shop's codes (documented in the mock-server README). */
export const demoPromotions: readonly Promotion[] = [
  {
    code: 'WELCOME10',
    label: 'Welcome: 10% off',
    effect: { kind: 'percentage', percent: 10 },
    oncePerCustomer: true,
  },
  {
    code: 'SAVE5',
    label: 'Save 5',
    effect: { kind: 'fixed', amounts: { EUR: 500, USD: 500, JPY: 700 } },
  },
  { code: 'FREESHIP', label: 'Free shipping', effect: { kind: 'free_shipping' }, stackable: true },
  {
    code: 'BIGSPENDER',
    label: 'Big spender: 15% off',
    effect: { kind: 'percentage', percent: 15 },
    minimumSubtotal: { EUR: 15_000, USD: 16_500, JPY: 22_000 },
  },
  {
    code: 'EXPIRED2024',
    label: '2024 sale: 20% off',
    effect: { kind: 'percentage', percent: 20 },
    expiresAt: '2025-01-01T00:00:00.000Z',
  },
  {
    code: 'STACK5',
    label: 'Extra 5% off',
    effect: { kind: 'percentage', percent: 5 },
    stackable: true,
  },
  { code: 'EURO10', label: 'Euro 10', effect: { kind: 'fixed', amounts: { EUR: 1000 } } },
]

/** Customers who already used a once-per-customer code, so `code_already_used` can be shown. */
export const demoPromotionUses: readonly { code: string; email: string }[] = [
  { code: 'WELCOME10', email: 'used@example.com' },
]

/** The discount line's label: fixed amounts say how much in the cart's currency. */
export function promotionLabel(promotion: Promotion, currency: string): string {
  const { effect } = promotion
  const amount = effect.kind === 'fixed' ? effect.amounts[currency] : undefined
  return amount === undefined ? promotion.label : `${formatMoney({ amount, currency }, 'en')} off`
}
