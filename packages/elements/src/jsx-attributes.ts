import type { CheckoutAdapter } from '@weship/checkout-core'
import type { CheckoutMode, Theme } from './config/element-config.js'
import type { ElementEventName, WeshipTag } from './element-events.js'
import type { AddToCartElement } from './elements/add-to-cart-element.js'
import type { CartButtonElement } from './elements/cart-button-element.js'
import type { CheckoutElement } from './elements/checkout-element.js'
import type { OrderStatusElement } from './elements/order-status-element.js'
import type { WeshipEvent } from './events.js'
import type { PaymentProvider } from './payments/payment-provider.js'

// What a template may set on each element, and the events it hears, shared by the Preact, React,
// Vue and Svelte typings. Frameworks set a prop as a property when the element has one, so
// `adapter` works once defined.

/** Configuration every element that talks to the shop takes. */
export interface BackendElementAttributes {
  api?: string
  /** `rest` (default), `vendure`, `medusa`, or a name given to `registerBackend()`. */
  backend?: 'rest' | 'vendure' | 'medusa' | (string & {})
  /** With `backend="vendure"`: a channel other than the default one. */
  'channel-token'?: string
  /** With `backend="medusa"`: the store's publishable API key, `pk_…`. */
  'publishable-key'?: string
  locale?: string
  theme?: Theme
  /**
   * Property only, set once the elements are defined; it is lost when they are defined after
   * the first render or hydrated from server HTML. Prefer `registerBackend()`.
   */
  adapter?: CheckoutAdapter
}

/** `<weship-checkout>` */
export interface CheckoutElementAttributes extends BackendElementAttributes {
  currency?: string
  cart?: string
  mode?: CheckoutMode
  /** The confirmation links to this page with the order and its access token. */
  'order-status-url'?: string
  /** Payment method kinds by id, e.g. `standard-payment:invoice`, where the backend does not say. */
  'payment-method-types'?: string
  /** Space-separated origins of the payment pages the checkout may frame, e.g. `https://pay.example`. */
  'payment-origins'?: string
  /** Property only: payment providers beside (or replacing) the built-in card fields. */
  paymentProviders?: readonly PaymentProvider[]
}

/** `<weship-add-to-cart>` */
export interface AddToCartElementAttributes extends BackendElementAttributes {
  sku: string
  /** 1 to 999. */
  quantity?: number | `${number}`
  currency?: string
}

/** `<weship-cart-button>` */
export interface CartButtonElementAttributes extends BackendElementAttributes {}

/** `<weship-order-status>` */
export interface OrderStatusElementAttributes extends BackendElementAttributes {
  /** Defaults to `?order=` in the page URL. */
  order?: string
  /** The order's capability token; defaults to `?token=` in the page URL. */
  token?: string
  /** Your shop page with `<weship-checkout>`, where "Buy again" leads; no button without it. */
  'shop-url'?: string
  /** Property only: the first wait between tracking refreshes, in ms. */
  pollInterval?: number
}

/** Each tag's attributes, for framework typings. */
export interface WeshipElementAttributes {
  'weship-checkout': CheckoutElementAttributes
  'weship-add-to-cart': AddToCartElementAttributes
  'weship-cart-button': CartButtonElementAttributes
  'weship-order-status': OrderStatusElementAttributes
}

/** Each tag's element class, as `HTMLElementTagNameMap` has them. */
export interface WeshipElementTypes {
  'weship-checkout': CheckoutElement
  'weship-add-to-cart': AddToCartElement
  'weship-cart-button': CartButtonElement
  'weship-order-status': OrderStatusElement
}

/** Each tag's events by name, with their `CustomEvent` type (`detail` from `WeshipEventMap`). */
export type WeshipElementEvents = {
  [Tag in WeshipTag]: { [K in ElementEventName<Tag>]: WeshipEvent<K> }
}

/**
 * Each tag's event handler props as React 19, Preact and Svelte 5 name them, the event's name
 * after `on`: `onweship-cart-change={(event) => event.detail.cart}`.
 */
export type WeshipEventHandlers<Tag extends WeshipTag> = {
  [K in ElementEventName<Tag> as `on${K}`]?: (event: WeshipEvent<K>) => void
}
