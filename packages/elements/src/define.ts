import type { AddToCartElement } from './elements/add-to-cart-element.js'
import type { CartButtonElement } from './elements/cart-button-element.js'
import type { CheckoutElement } from './elements/checkout-element.js'
import type { OrderStatusElement } from './elements/order-status-element.js'
import { defineCheckoutElements } from './index.js'

export * from './index.js'

declare global {
  interface HTMLElementTagNameMap {
    'weship-checkout': CheckoutElement
    'weship-add-to-cart': AddToCartElement
    'weship-cart-button': CartButtonElement
    'weship-order-status': OrderStatusElement
  }
}

defineCheckoutElements()
