import type { Cart } from '@weship/checkout-core'
import type { StoredCart } from '../cart-view.js'
import type { PricingContext } from '../pricing/price-checkout.js'

/** What the checkout rules borrow from the engine that owns the carts. */
export interface CheckoutDeps {
  findCart(cartId: string): StoredCart
  /** Bumps the version, notifies the snapshot writer and returns the new view. */
  commit(cart: StoredCart): Cart
  view(cart: StoredCart): Cart
  pricing: PricingContext
  /** Signals a change outside any cart (a card balance), for the snapshot writer. */
  onChange(): void
}
