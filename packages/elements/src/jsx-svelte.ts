// Svelte 5 typings for the WeShip tags: `import type {} from '@weship/checkout/jsx-svelte'` (in a
// `.d.ts` or `<script lang="ts">`). svelte-check and the editor then know each tag's attributes
// and the `detail` of `onweship-…` handlers (and of `on:weship-…` in Svelte 4 syntax).
import type { HTMLAttributes } from 'svelte/elements'
import type { ElementEventName, WeshipTag } from './element-events.js'
import type { WeshipEvent } from './events.js'
import type {
  WeshipElementAttributes,
  WeshipElementTypes,
  WeshipEventHandlers,
} from './jsx-attributes.js'

export type * from './jsx-attributes.js'

/** `on:weship-…` directives, the event syntax of Svelte 4 that Svelte 5 still compiles. */
type LegacyEventDirectives<Tag extends WeshipTag> = {
  [K in ElementEventName<Tag> as `on:${K}`]?: (event: WeshipEvent<K>) => void
}

type Props<Tag extends WeshipTag> = HTMLAttributes<WeshipElementTypes[Tag]> &
  WeshipElementAttributes[Tag] &
  WeshipEventHandlers<Tag> &
  LegacyEventDirectives<Tag>

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'weship-checkout': Props<'weship-checkout'>
    'weship-add-to-cart': Props<'weship-add-to-cart'>
    'weship-cart-button': Props<'weship-cart-button'>
    'weship-order-status': Props<'weship-order-status'>
  }
}
