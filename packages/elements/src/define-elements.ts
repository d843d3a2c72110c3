import { AddToCartElement } from './elements/add-to-cart-element.js'
import { CartButtonElement } from './elements/cart-button-element.js'
import { CheckoutElement } from './elements/checkout-element.js'
import { OrderStatusElement } from './elements/order-status-element.js'
import { loadLanguageFor } from './i18n/translator.js'

/** Every element by its tag name. */
export const checkoutElements = {
  'weship-checkout': CheckoutElement,
  'weship-add-to-cart': AddToCartElement,
  'weship-cart-button': CartButtonElement,
  'weship-order-status': OrderStatusElement,
} as const

/**
 * Registers every WeShip element. Safe to call more than once, next to another copy of the library,
 * and on a server (where it does nothing).
 */
export function defineCheckoutElements(registry = globalThis.customElements): void {
  if (!registry) return
  for (const [tag, element] of Object.entries(checkoutElements)) {
    if (!registry.get(tag)) registry.define(tag, element)
  }
  // Starts fetching the page's language now, so it is usually here before the first render.
  const lang = globalThis.document?.documentElement.lang || globalThis.navigator?.language
  if (lang) void loadLanguageFor(lang)
}
