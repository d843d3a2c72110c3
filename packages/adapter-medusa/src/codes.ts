import { type Cart, CheckoutError } from '@weship/checkout-core'
import type { CartCalls } from './cart-calls.js'
import type { MedusaCart } from './medusa-schemas.js'

interface CodeDeps {
  calls: CartCalls
  toCart(cart: MedusaCart): Promise<Cart>
}

const codesOf = (cart: MedusaCart) =>
  (cart.promotions ?? []).flatMap((promotion) => (promotion.code ? [promotion.code] : []))
const sameCode = (a: string, b: string) => a.toUpperCase() === b.toUpperCase()

function refused(reason: string, message: string): CheckoutError {
  return new CheckoutError('VALIDATION', message, {
    reason,
    fieldErrors: [{ field: 'code', message }],
  })
}

/**
 * Promo codes. Medusa refuses a code it does not know, but takes one it knows and cannot apply
 * (expired, not yet started, used up, its rules unmet) without a word and without a discount:
 * the adapter sees the code missing from the cart's promotions and refuses it as not applicable.
 */
export function createCodes({ calls, toCart }: CodeDeps) {
  return {
    async applyCode(cartId: string, rawCode: string, signal?: AbortSignal) {
      const code = rawCode.trim()
      const before = await calls.get(cartId, signal)
      if (codesOf(before).some((applied) => sameCode(applied, code))) {
        throw refused('code_already_applied', 'This code is already applied.')
      }
      const after = await calls.post(cartId, '/promotions', { promo_codes: [code] }, signal)
      if (!codesOf(after).some((applied) => sameCode(applied, code))) {
        throw refused('code_not_applicable', 'This code does not apply to this order.')
      }
      return toCart(after)
    },
    async removeCode(cartId: string, code: string, signal?: AbortSignal) {
      const cart = await calls.get(cartId, signal)
      const applied = codesOf(cart).filter((candidate) => sameCode(candidate, code))
      if (applied.length === 0) return toCart(cart)
      return toCart(await calls.removeCodes(cartId, applied, signal))
    },
  }
}
