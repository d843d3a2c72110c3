// React JSX typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-react'`.
// React 19 sets the elements' properties and listens to `onweship-…` props as DOM events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react'
import type { WeshipTag } from './element-events.js'
import type {
  WeshipElementAttributes,
  WeshipElementTypes,
  WeshipEventHandlers,
} from './jsx-attributes.js'

export type * from './jsx-attributes.js'

/** A tag's props: React's own (with a typed `ref`), the attributes, and `onweship-…` handlers. */
type Props<Tag extends WeshipTag> = DetailedHTMLProps<
  HTMLAttributes<WeshipElementTypes[Tag]>,
  WeshipElementTypes[Tag]
> &
  WeshipElementAttributes[Tag] &
  WeshipEventHandlers<Tag>

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'weship-checkout': Props<'weship-checkout'>
      'weship-add-to-cart': Props<'weship-add-to-cart'>
      'weship-cart-button': Props<'weship-cart-button'>
      'weship-order-status': Props<'weship-order-status'>
    }
  }
}
