import { applyCodeRequestSchema, type Cart } from '@weship/checkout-core'
import type { StoredCart } from '../cart-view.js'
import { createAttemptGuard } from '../codes/attempt-guard.js'
import { type CodeRefusal, codeLapsed, codeRefused } from '../codes/code-errors.js'
import {
  ANYONE,
  combines,
  dependsOnEmail,
  giftCardLapse,
  promotionLapse,
  sortCodes,
} from '../codes/code-rules.js'
import { canonicalGiftCardCode, giftCardId } from '../codes/gift-cards.js'
import { parseInput } from '../parse-input.js'
import { codeContext } from '../pricing/price-checkout.js'
import { emailKey } from '../secrets.js'
import type { CheckoutDeps } from './checkout-deps.js'

/** Who places the order, so once-per-customer codes are recorded against the right e-mail. */
export interface RedeemingOrder {
  email: string
}

export interface CodeActions {
  /**
   * Applies a promo code or gift card; refusals are 422 with a `code_*` reason, rate-limited per
   * cart and per client (`client` is the caller's address; in-process callers share 'local').
   */
  applyCode(cartId: string, code: string, client?: string): Cart
  /** Removes a promo code (any case), or a gift card by its code or its wire `id`; idempotent. */
  removeCode(cartId: string, code: string): Cart
  /**
   * For the order code, before it prices the order: a code that stopped applying since the
   * shopper saw the totals (expired, used meanwhile, card spent) is dropped, which bumps the cart
   * version, and the order is refused with 409 CONFLICT and the code's reason.
   */
  checkCodesForOrder(cartId: string): void
  /**
   * For the order code, in the step that writes the order, with the cart view it charges: takes
   * each gift card's `amount` off its balance and records once-per-customer codes as used by
   * `order.email`. Checks everything first and writes nothing on a 409 CONFLICT refusal.
   */
  redeemCodesForOrder(cart: Cart, order: RedeemingOrder): void
}

// Enough for typos, far too few to guess a gift card: refused codes per cart per window.
const FAILURES_PER_CART = 10
// Per client, across carts: a new cart must not buy ten more guesses at gift cards.
const FAILURES_PER_CLIENT = 30
export const CODE_ATTEMPT_WINDOW_MS = 15 * 60_000

export function createCodeActions(deps: CheckoutDeps) {
  const { findCart, commit, view, pricing } = deps
  const guard = createAttemptGuard({
    failures: FAILURES_PER_CART,
    windowMs: CODE_ATTEMPT_WINDOW_MS,
    now: pricing.now,
  })
  const clients = createAttemptGuard({
    failures: FAILURES_PER_CLIENT,
    windowMs: CODE_ATTEMPT_WINDOW_MS,
    now: pricing.now,
  })
  const contextFor = (cart: StoredCart) => codeContext(cart, view(cart).subtotal.amount, pricing)

  /**
   * Before the contact's e-mail changes on a cart holding a once-per-customer code: the change
   * would drop the code if the new address used it, which tells anyone who has used the code.
   * So while this cart's or client's refused codes are spent it is refused (429) like a code,
   * and `countDrop` counts a drop as a refused code.
   */
  function emailChange(cart: StoredCart, email: string, client: string) {
    const before = cart.contact?.email
    const sameAddress = before !== undefined && emailKey(before) === emailKey(email)
    const held = cart.codes ?? []
    const probing =
      !sameAddress && held.some((code) => dependsOnEmail(pricing.ledger.promotion(code)))
    if (probing) {
      clients.assertAllowed(client)
      guard.assertAllowed(cart.id)
    }
    return {
      countDrop() {
        if (!probing || (cart.codes?.length ?? 0) >= held.length) return
        guard.recordFailure(cart.id)
        clients.recordFailure(client)
      },
    }
  }

  /** The canonical code to store, or a refusal; nothing is written here. */
  function resolve(cart: StoredCart, typed: string): string {
    const context = contextFor(cart)
    const applied = cart.codes ?? []
    const promotion = pricing.ledger.promotion(typed.toUpperCase())
    if (promotion) {
      if (applied.includes(promotion.code)) throw codeRefused('code_already_applied')
      const lapse = promotionLapse(promotion, context)
      if (lapse) throw codeRefused(lapse)
      const inForce = sortCodes(applied, context).promotions
      if (!combines(promotion, inForce)) throw codeRefused('code_not_combinable')
      return promotion.code
    }
    // Any code that is neither a promotion nor an existing card is just "unknown".
    const cardCode = canonicalGiftCardCode(typed)
    const card = cardCode ? pricing.ledger.giftCard(cardCode) : undefined
    if (!card) throw codeRefused('code_unknown')
    if (applied.includes(card.code)) throw codeRefused('code_already_applied')
    const lapse = giftCardLapse(card, context)
    if (lapse) throw codeRefused(lapse)
    return card.code
  }

  /** Forgets codes that no longer apply (minimum, expiry, used, spent); returns why. */
  function dropLapsedCodes(cart: StoredCart): CodeRefusal[] {
    if (!cart.codes?.length) return []
    const { lapsed } = sortCodes(cart.codes, contextFor(cart))
    const gone = new Set(lapsed.map(({ code }) => code))
    if (gone.size > 0) cart.codes = cart.codes.filter((code) => !gone.has(code))
    return lapsed.map(({ reason }) => reason)
  }

  const actions: CodeActions = {
    applyCode(cartId, code, client = 'local') {
      const typed = parseInput(applyCodeRequestSchema, { code }).code
      const cart = findCart(cartId)
      clients.assertAllowed(client)
      guard.assertAllowed(cart.id)
      let canonical: string
      try {
        canonical = resolve(cart, typed)
      } catch (error) {
        guard.recordFailure(cart.id)
        clients.recordFailure(client)
        throw error
      }
      cart.codes = [...(cart.codes ?? []), canonical]
      return commit(cart)
    },

    removeCode(cartId, code) {
      const cart = findCart(cartId)
      const typed = code.trim()
      const card = canonicalGiftCardCode(typed)
      const target = cart.codes?.find(
        (stored) =>
          stored === typed.toUpperCase() || stored === card || giftCardId(stored) === typed,
      )
      if (!target) return view(cart)
      cart.codes = cart.codes?.filter((stored) => stored !== target)
      return commit(cart)
    },

    checkCodesForOrder(cartId) {
      const cart = findCart(cartId)
      const [reason] = dropLapsedCodes(cart)
      if (reason) {
        commit(cart)
        throw codeLapsed(reason)
      }
    },

    redeemCodesForOrder(cart, order) {
      actions.checkCodesForOrder(cart.id)
      const stored = findCart(cart.id)
      const { ledger } = pricing
      const context = { ...contextFor(stored), email: order.email }
      const debits = cart.giftCards.map((paid) => {
        const code = stored.codes?.find((candidate) => giftCardId(candidate) === paid.id)
        const balance = code ? (ledger.giftCard(code)?.balance ?? 0) : 0
        if (!code || balance < paid.amount.amount) throw codeLapsed('gift_card_empty')
        return { code, amount: paid.amount.amount }
      })
      const promotions = cart.promoCodes.map((code) => ledger.promotion(code))
      for (const promotion of promotions) {
        const lapse = promotion ? promotionLapse(promotion, context) : 'code_unknown'
        if (lapse) throw codeLapsed(lapse)
      }
      for (const { code, amount } of debits) ledger.debit(code, amount)
      for (const promotion of promotions) {
        if (promotion?.oncePerCustomer) ledger.recordUse(promotion.code, order.email)
        if (promotion?.singleUse) ledger.recordUse(promotion.code, ANYONE)
      }
      deps.onChange()
    },
  }
  return { actions, dropLapsedCodes, emailChange }
}
