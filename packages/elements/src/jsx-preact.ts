// Preact JSX typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-preact'`.
import type { HTMLAttributes } from 'preact'
import type { WeshipTag } from './element-events.js'
import type {
  WeshipElementAttributes,
  WeshipElementTypes,
  WeshipEventHandlers,
} from './jsx-attributes.js'

export type * from './jsx-attributes.js'

/** A tag's props: Preact's own, the element's attributes, and `onweship-…` handlers. */
type Props<Tag extends WeshipTag> = HTMLAttributes<WeshipElementTypes[Tag]> &
  WeshipElementAttributes[Tag] &
  WeshipEventHandlers<Tag>

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'weship-checkout': Props<'weship-checkout'>
      'weship-add-to-cart': Props<'weship-add-to-cart'>
      'weship-cart-button': Props<'weship-cart-button'>
      'weship-order-status': Props<'weship-order-status'>
    }
  }
}
