// Vue template typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-vue'`.
// The shape Vue's guide gives non-Vue custom elements: Volar (vue-tsc) checks a template's
// attributes against `$props` and `@weship-…` listeners against `$emit`, and a template ref to
// the tag is the element itself (`useTemplateRef<CheckoutElement>('checkout')`).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue'
import type { WeshipTag } from './element-events.js'
import type {
  WeshipElementAttributes,
  WeshipElementEvents,
  WeshipElementTypes,
} from './jsx-attributes.js'

export type * from './jsx-attributes.js'

type VueEmit<Events> = EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>

/** A tag as Vue's template type-checker sees a component: the element, plus what it takes. */
type VueElement<Tag extends WeshipTag> = new () => WeshipElementTypes[Tag] & {
  /** @deprecated For template type-checking only; not a property of the element. */
  $props: HTMLAttributes & WeshipElementAttributes[Tag] & PublicProps
  /** @deprecated For template type-checking only; the element dispatches DOM events. */
  $emit: VueEmit<WeshipElementEvents[Tag]>
}

declare module 'vue' {
  interface GlobalComponents {
    'weship-checkout': VueElement<'weship-checkout'>
    'weship-add-to-cart': VueElement<'weship-add-to-cart'>
    'weship-cart-button': VueElement<'weship-cart-button'>
    'weship-order-status': VueElement<'weship-order-status'>
  }
}
