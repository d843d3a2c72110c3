// React JSX typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-react'`.
// Shipped as written; type-tests/ compiles a React app against the built copy in dist/.
import type { DetailedHTMLProps, HTMLAttributes } from 'react'
import type { AddToCartElement } from './elements/add-to-cart-element.js'
import type { CartButtonElement } from './elements/cart-button-element.js'
import type { CheckoutElement } from './elements/checkout-element.js'
import type { OrderStatusElement } from './elements/order-status-element.js'
import type { WeshipElementAttributes as WeshipAttributes } from './jsx-attributes.js'

export type * from './jsx-attributes.js'

type Props<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'weship-checkout': Props<CheckoutElement, WeshipAttributes['weship-checkout']>
      'weship-add-to-cart': Props<AddToCartElement, WeshipAttributes['weship-add-to-cart']>
      'weship-cart-button': Props<CartButtonElement, WeshipAttributes['weship-cart-button']>
      'weship-order-status': Props<OrderStatusElement, WeshipAttributes['weship-order-status']>
    }
  }
}
