import { computed, untracked } from '@preact/signals'
import { type ComponentChild, h } from 'preact'
import { CartButtonView, type CartButtonViewModel } from '../components/cart-button-view.js'
import { createElementState } from '../state/element-state.js'
import { BackendElement, backendAttributes, backendProperties } from './backend-element.js'

type Openable = HTMLElement & { open?: () => void }

/**
 * @summary A cart button with the item count; it opens the page's `<weship-checkout>`.
 * @documentation https://github.com/weship/checkout/blob/main/docs/reference/elements.md#weship-cart-button
 *
 * @attr {string} api - URL of the backend's API, as on `<weship-checkout>`.
 * @attr {string} backend - `rest` (default), `vendure`, `medusa` or a registered name, as on `<weship-checkout>`.
 * @attr {string} channel-token - With `backend="vendure"`, as on `<weship-checkout>`.
 * @attr {string} publishable-key - With `backend="medusa"`, as on `<weship-checkout>`.
 * @attr {string} locale - BCP 47 locale, as on `<weship-checkout>`.
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default), `dark` or `auto`.
 *
 * @event weship-ready - Once, when the count is known (or the configuration failed).
 * @event weship-error - When the configuration is invalid.
 *
 * @csspart base - The button (also `button`); carries `dir` and `lang`.
 * @csspart button - The button.
 * @csspart icon - The cart icon.
 * @csspart label - The word "Cart".
 * @csspart count - The item count badge, hidden while the cart is empty.
 * @csspart error - The setup error, in place of the button.
 * @csspart error-message - The error in the shopper's words.
 * @csspart error-detail - The developer's details, with a docs link.
 *
 * @cssproperty --weship-color-primary - Button background.
 * @cssproperty --weship-color-primary-text - Button text and badge background.
 * @cssproperty --weship-radius-control - Button corners.
 * @cssproperty --weship-control-height - Button height.
 * @cssproperty --weship-focus-ring - Outline of the focused button.
 */
export class CartButtonElement extends BackendElement {
  static observedAttributes = backendAttributes
  static override properties = backendProperties

  readonly #state = createElementState(this, {
    tag: 'weship-cart-button',
    input: () => this.backendInput(),
    locale: () => this.attribute('locale').value,
  })
  readonly #model: CartButtonViewModel = {
    translator: this.#state.translator,
    count: computed(() => {
      const connection = this.#state.connection.value
      if (!connection.ok) return null
      const { status, itemCount } = connection.session
      return status.value === 'idle' || status.value === 'loading' ? null : itemCount.value
    }),
    error: computed(() => {
      const connection = this.#state.connection.value
      return connection.ok ? null : (connection.error ?? null)
    }),
    open: () => this.#openCheckout(),
    settled: () => this.ready(),
  }

  protected override view(): ComponentChild {
    // Nothing until the shopper's language is here: better a beat of blank than a flash of English.
    if (!this.#state.languageReady.value) return null
    return h(CartButtonView, { model: this.#model })
  }

  protected override connected(): void {
    this.#state.refreshLocale()
    this.watch(() => {
      const connection = this.#state.connection.value
      if (!connection.ok) return connection.error && this.report(connection.error)
      const { session } = connection
      // The count needs the remembered cart; a checkout on the page may have loaded it already.
      if (untracked(() => session.status.value) === 'idle') void session.load()
    })
  }

  #openCheckout(): void {
    const checkout = this.ownerDocument.querySelector<Openable>('weship-checkout')
    if (typeof checkout?.open === 'function') checkout.open()
    else checkout?.scrollIntoView({ block: 'start' })
  }
}
