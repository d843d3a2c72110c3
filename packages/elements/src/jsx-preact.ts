// Preact JSX typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-preact'`.
import type { HTMLAttributes } from 'preact'
import type { AddToCartElement } from './elements/add-to-cart-element.js'
import type { CartButtonElement } from './elements/cart-button-element.js'
import type { CheckoutElement } from './elements/checkout-element.js'
import type { OrderStatusElement } from './elements/order-status-element.js'
import type { WeshipElementAttributes as WeshipAttributes } from './jsx-attributes.js'

export type * from './jsx-attributes.js'

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'weship-checkout': HTMLAttributes<CheckoutElement> & WeshipAttributes['weship-checkout']
      'weship-add-to-cart': HTMLAttributes<AddToCartElement> &
        WeshipAttributes['weship-add-to-cart']
      'weship-cart-button': HTMLAttributes<CartButtonElement> &
        WeshipAttributes['weship-cart-button']
      'weship-order-status': HTMLAttributes<OrderStatusElement> &
        WeshipAttributes['weship-order-status']
    }
  }
}
