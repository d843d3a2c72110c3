import type { CheckoutErrorCode } from './errors.js'
import type { Cart } from './schemas/cart.js'

/** What a `weship-error` event carries: enough to log and to decide, nothing shopper-private. */
export interface WeshipErrorDetail {
  code: CheckoutErrorCode
  reason: string | undefined
  message: string
}

/**
 * Every DOM event the elements dispatch, by name, with its `detail`. Events bubble and are
 * composed, so a listener on `document` hears them from inside any shadow root.
 */
export interface WeshipEventMap {
  'weship-ready': { element: string }
  'weship-cart-change': { cart: Cart | null }
  'weship-error': WeshipErrorDetail
}

export type WeshipEventName = keyof WeshipEventMap
