import type { CheckoutErrorCode } from './errors.js'
import type { CheckoutStep } from './model/checkout-types.js'
import type { Cart } from './schemas/cart.js'
import type { Order } from './schemas/order.js'
import type { Shipment } from './schemas/tracking.js'

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
  /** The shopper moved to another step (GA4: `begin_checkout` on contact, `add_shipping_info`
   * on payment, `add_payment_info` on review). */
  'weship-step-change': { step: CheckoutStep; previous: CheckoutStep; cart: Cart | null }
  /** The order is placed and paid (GA4: `purchase`). */
  'weship-order-placed': { order: Order }
  /** A shopper who reached the contact step is leaving (page hidden or closed) with items in the
   * cart and no order: the moment for a reminder. Once per page view. */
  'weship-checkout-abandon': { step: CheckoutStep; cart: Cart }
  /** A payment was declined or its challenge failed; the shopper can retry. Reasons stay generic. */
  'weship-payment-failed': WeshipErrorDetail & { methodId: string | null }
  /** `<weship-order-status>`: a refresh brought new shipment events or estimates. */
  'weship-tracking-update': { orderId: string; shipments: Shipment[] }
  /** `<weship-order-status>`: the shopper's rating was stored (once per order). */
  'weship-feedback-submit': { orderId: string; rating: number; comment: string | undefined }
}

export type WeshipEventName = keyof WeshipEventMap
