import type { AnalyticsCart } from './analytics-cart.js'
import type { AnalyticsOrder, AnalyticsShipment } from './analytics-order.js'
import type { CheckoutErrorCode } from './errors.js'
import type { CheckoutStep } from './model/checkout-types.js'

/** What a `weship-error` event carries: enough to log and to decide, nothing shopper-private. */
export interface WeshipErrorDetail {
  code: CheckoutErrorCode
  reason: string | undefined
  message: string
}

/**
 * Every DOM event the elements dispatch, by name, with its `detail`. Events bubble and are
 * composed, so a listener on `document` hears them from inside any shadow root — and so does
 * every other script on the page: details carry what analytics needs, never the shopper's
 * e-mail, phone or addresses, nor a capability token (see `analytics-cart.ts`).
 */
export interface WeshipEventMap {
  'weship-ready': { element: string }
  'weship-cart-change': { cart: AnalyticsCart | null }
  'weship-error': WeshipErrorDetail
  /** The shopper moved to another step (GA4: `begin_checkout` on contact, `add_shipping_info`
   * on payment, `add_payment_info` on review). */
  'weship-step-change': { step: CheckoutStep; previous: CheckoutStep; cart: AnalyticsCart | null }
  /** The order is placed and paid (GA4: `purchase`); the whole order is the element's `lastOrder`. */
  'weship-order-placed': { order: AnalyticsOrder }
  /** A shopper who reached the contact step is leaving (page hidden or closed) with items in the
   * cart and no order: the moment for a reminder. Once per page view. */
  'weship-checkout-abandon': { step: CheckoutStep; cart: AnalyticsCart }
  /** A payment was declined or its challenge failed; the shopper can retry. Reasons stay generic. */
  'weship-payment-failed': WeshipErrorDetail & { methodId: string | null }
  /** `<weship-order-status>`: a refresh brought new shipment events or estimates. */
  'weship-tracking-update': { orderId: string; shipments: AnalyticsShipment[] }
  /** `<weship-order-status>`: the shopper's rating was stored (once per order). The comment went
   * to the shop; it is the shopper's words, so the event only says whether there was one. */
  'weship-feedback-submit': { orderId: string; rating: number; hasComment: boolean }
}

export type WeshipEventName = keyof WeshipEventMap
