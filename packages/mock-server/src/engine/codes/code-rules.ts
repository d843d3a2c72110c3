import { emailKey } from '../secrets.js'
import type { CodeRefusal } from './code-errors.js'
import type { CodeLedger } from './code-ledger.js'
import type { GiftCard } from './gift-cards.js'
import type { Promotion } from './promotions.js'

/** The "e-mail" a single-use code's use is recorded under: it is spent for everyone. */
export const ANYONE = '*'

/** What a code's conditions are checked against. */
export interface CodeContext {
  currency: string
  /** Merchandise subtotal before discounts, in minor units. */
  subtotal: number
  /** The contact e-mail, when the shopper has given it. */
  email: string | undefined
  now: Date
  ledger: CodeLedger
}

/** Why a promotion does not apply to this cart now, or undefined when it does. */
export function promotionLapse(
  promotion: Promotion,
  context: CodeContext,
): CodeRefusal | undefined {
  const { effect, minimumSubtotal, expiresAt } = promotion
  if (expiresAt && context.now.getTime() >= Date.parse(expiresAt)) return 'code_expired'
  const minimum = minimumSubtotal?.[context.currency]
  const unpriced = effect.kind === 'fixed' && effect.amounts[context.currency] === undefined
  if (unpriced || (minimumSubtotal && minimum === undefined)) return 'code_currency_mismatch'
  if (minimum !== undefined && context.subtotal < minimum) return 'code_minimum_not_met'
  if (promotion.singleUse && context.ledger.hasUsed(promotion.code, ANYONE)) {
    return 'code_already_used'
  }
  const { email } = context
  if (promotion.oncePerCustomer && email && context.ledger.hasUsed(promotion.code, email)) {
    return 'code_already_used'
  }
  // Before an e-mail is given the code waits for it; an order always has one.
  if (promotion.forEmail && email && emailKey(email) !== promotion.forEmail) {
    return 'code_not_for_this_email'
  }
  return undefined
}

/** Why a gift card pays nothing any more, or undefined while it can pay. */
export function giftCardLapse(card: GiftCard, context: CodeContext): CodeRefusal | undefined {
  if (card.currency !== context.currency) return 'code_currency_mismatch'
  return card.balance > 0 ? undefined : 'gift_card_empty'
}

export interface SortedCodes {
  promotions: Promotion[]
  giftCards: GiftCard[]
  lapsed: { code: string; reason: CodeRefusal }[]
}

/** A cart's stored codes, in the order applied, split into those in force and those lapsed. */
export function sortCodes(codes: readonly string[], context: CodeContext): SortedCodes {
  const sorted: SortedCodes = { promotions: [], giftCards: [], lapsed: [] }
  for (const code of codes) {
    const promotion = context.ledger.promotion(code)
    const card = promotion ? undefined : context.ledger.giftCard(code)
    const reason = promotion
      ? promotionLapse(promotion, context)
      : card
        ? giftCardLapse(card, context)
        : 'code_unknown'
    if (reason) sorted.lapsed.push({ code, reason })
    else if (promotion) sorted.promotions.push(promotion)
    else if (card) sorted.giftCards.push(card)
  }
  return sorted
}

/** Whether the contact e-mail decides if the promotion applies. */
export const dependsOnEmail = (promotion: Promotion | undefined) =>
  promotion?.oncePerCustomer === true || promotion?.forEmail !== undefined

/** At most one code that is not stackable: a new one must be stackable or join only stackables. */
export function combines(candidate: Promotion, inForce: readonly Promotion[]): boolean {
  return candidate.stackable === true || inForce.every((promotion) => promotion.stackable)
}
