import type { CheckoutAdapter } from '../adapter.js'
import { isCheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import type { CartSession } from './cart-session.js'

/**
 * The new cart of a "Buy again" token, for `session.loadWith`: what it could not add, or that
 * the link expired, becomes the session's `reordered` notice, and null (nothing to add, or a
 * backend without the capability) leaves the shopper's own cart. Kept out of the session: only
 * a page opened by such a link needs it, so it travels with the checkout's chunk.
 */
export async function reorderCart(
  session: CartSession,
  adapter: CheckoutAdapter,
  token: string,
): Promise<Cart | null> {
  const reorder = adapter.reorder?.bind(adapter)
  if (!adapter.capabilities.reorder || !reorder) return null
  try {
    const result = await reorder(token)
    session.reordered.value = { unavailable: result.unavailable, expired: false }
    return result.cart
  } catch (cause) {
    if (!isCheckoutError(cause) || cause.reason !== 'reorder_not_found') throw cause
    session.reordered.value = { unavailable: [], expired: true }
    return null
  }
}
