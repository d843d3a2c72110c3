// Vue template typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-vue'`.
// Shipped as written; type-tests/ compiles a Vue app against the built copy in dist/.
import type { DefineComponent } from 'vue'
import type { WeshipElementAttributes as WeshipAttributes } from './jsx-attributes.js'

export type * from './jsx-attributes.js'

declare module 'vue' {
  interface GlobalComponents {
    'weship-checkout': DefineComponent<WeshipAttributes['weship-checkout']>
    'weship-add-to-cart': DefineComponent<WeshipAttributes['weship-add-to-cart']>
    'weship-cart-button': DefineComponent<WeshipAttributes['weship-cart-button']>
    'weship-order-status': DefineComponent<WeshipAttributes['weship-order-status']>
  }
}
