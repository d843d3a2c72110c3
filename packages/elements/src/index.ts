// Side-effect free: importing defines nothing; call defineCheckoutElements() or import './define'.
import type { AddToCartElement } from './elements/add-to-cart-element.js'
import type { CartButtonElement } from './elements/cart-button-element.js'
import type { CheckoutElement } from './elements/checkout-element.js'
import type { OrderStatusElement } from './elements/order-status-element.js'

export type {
  BackendIdentity,
  CheckoutAdapter,
  CheckoutErrorCode,
  WeshipErrorDetail,
  WeshipEventMap,
  WeshipEventName,
} from '@weship/checkout-core'
// Also for script-tag pages, which reach only this file: `registerBackend(createHttpAdapter(…))`.
export { CheckoutError, createHttpAdapter } from '@weship/checkout-core'
export type { Theme } from './config/element-config.js'
export { checkoutElements, defineCheckoutElements } from './define-elements.js'
export type { ElementEventName, WeshipTag } from './element-events.js'
export { AddToCartElement } from './elements/add-to-cart-element.js'
// The base of every element that talks to the shop, where `adapter`, `api` and `backend` live:
// `querySelectorAll<BackendElement>('weship-checkout, weship-add-to-cart')`.
export { BackendElement } from './elements/backend-element.js'
export { CartButtonElement } from './elements/cart-button-element.js'
export { CheckoutElement } from './elements/checkout-element.js'
export { OrderStatusElement } from './elements/order-status-element.js'
export { WeshipElement } from './elements/weship-element.js'
export type { WeshipEvent } from './events.js'
export type * from './jsx-attributes.js'
export { createCardProvider } from './payments/card-provider-entry.js'
export type {
  MountedPayment,
  PaymentMountContext,
  PaymentProvider,
  PaymentToken,
} from './payments/payment-provider.js'
export { registerBackend } from './state/backend-registry.js'

// Types only, so still free of side effects: `document.querySelector('weship-checkout')` is a
// CheckoutElement wherever the package is imported, not only through './define'.
declare global {
  interface HTMLElementTagNameMap {
    'weship-checkout': CheckoutElement
    'weship-add-to-cart': AddToCartElement
    'weship-cart-button': CartButtonElement
    'weship-order-status': OrderStatusElement
  }
}
