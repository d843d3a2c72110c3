import { computed, signal } from '@preact/signals'
import { analyticsCart, type CheckoutError, toCheckoutError } from '@weship/checkout-core'
import { type ComponentChild, h } from 'preact'
import {
  type AddToCartStatus,
  AddToCartView,
  type AddToCartViewModel,
} from '../components/add-to-cart-view.js'
import { settled } from '../state/connection.js'
import { createElementState } from '../state/element-state.js'
import { BackendElement, backendAttributes, backendProperties } from './backend-element.js'

/**
 * @summary A button that puts a product variant in the shopper's cart, shared with the checkout.
 * @documentation https://github.com/weship/checkout/blob/main/docs/reference/elements.md#weship-add-to-cart
 *
 * @attr {string} sku - Required. The variant to add.
 * @attr {number} quantity - How many to add, 1 to 999 (default 1).
 * @attr {string} api - URL of the backend's API, as on `<weship-checkout>`.
 * @attr {string} backend - `rest` (default), `vendure`, `medusa` or a registered name, as on `<weship-checkout>`.
 * @attr {string} channel-token - With `backend="vendure"`, as on `<weship-checkout>`.
 * @attr {string} publishable-key - With `backend="medusa"`, as on `<weship-checkout>`.
 * @attr {string} currency - ISO 4217 currency of a new cart, as on `<weship-checkout>`.
 * @attr {string} locale - BCP 47 locale, as on `<weship-checkout>`.
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default), `dark` or `auto`.
 *
 * @event weship-ready - Once, when the button first renders.
 * @event weship-cart-change - After each successful add; `detail.cart` is the new cart's items and totals (no contact, no addresses).
 * @event weship-error - When an add fails or the configuration is invalid.
 *
 * @csspart base - The wrapper; carries `dir` and `lang`.
 * @csspart button - The button; `aria-disabled` while adding.
 * @csspart status - The visually hidden live region that says "Added to cart".
 * @csspart error - The error message.
 * @csspart error-message - The error in the shopper's words.
 * @csspart error-detail - The developer's details of a setup error, with a docs link.
 *
 * @cssproperty --weship-color-primary - Button background.
 * @cssproperty --weship-color-primary-text - Button text.
 * @cssproperty --weship-color-danger - Error text.
 * @cssproperty --weship-radius-control - Button corners.
 * @cssproperty --weship-control-height - Button height.
 * @cssproperty --weship-focus-ring - Outline of the focused button.
 */
export class AddToCartElement extends BackendElement {
  static observedAttributes = [...backendAttributes, 'sku', 'quantity', 'currency']
  static override properties = [...backendProperties, 'sku', 'quantity', 'currency']

  readonly #state = createElementState(this, {
    tag: 'weship-add-to-cart',
    input: () => ({
      ...this.backendInput(),
      sku: this.attribute('sku').value,
      quantity: this.attribute('quantity').value,
      currency: this.attribute('currency').value,
    }),
    locale: () => this.attribute('locale').value,
    required: ['sku'],
  })
  readonly #status = signal<AddToCartStatus>('idle')
  readonly #failure = signal<CheckoutError | null>(null)
  readonly #model: AddToCartViewModel = {
    translator: this.#state.translator,
    status: this.#status,
    // A quantity the configuration refuses shows its error in place of the button.
    quantity: computed(() => Number(this.attribute('quantity').value) || 1),
    error: computed(() => {
      const connection = this.#state.connection.value
      return connection.ok ? this.#failure.value : (connection.error ?? null)
    }),
    add: () => void this.#add(),
    settled: () => this.ready(),
  }

  get sku(): string | null {
    return this.getAttribute('sku')
  }
  set sku(value: string | null) {
    this.reflect('sku', value)
  }
  get quantity(): number {
    return Number(this.getAttribute('quantity') ?? 1)
  }
  set quantity(value: number | null) {
    this.reflect('quantity', value)
  }
  get currency(): string | null {
    return this.getAttribute('currency')
  }
  set currency(value: string | null) {
    this.reflect('currency', value)
  }

  protected override view(): ComponentChild {
    // Nothing until the shopper's language is here: better a beat of blank than a flash of English.
    if (!this.#state.languageReady.value) return null
    return h(AddToCartView, { model: this.#model })
  }

  protected override connected(): void {
    this.#state.refreshLocale()
    this.watch(() => {
      const connection = this.#state.connection.value
      if (!connection.ok && connection.error) this.report(connection.error)
    })
  }

  /** A click before the backend is known (its adapter's code on the way) adds once it is. */
  async #add(): Promise<void> {
    if (this.#status.peek() === 'adding') return
    this.#status.value = 'adding'
    this.#failure.value = null
    try {
      let connection = await settled(this.#state.connection)
      // A chunk that failed to load (offline a moment ago) is fetched again by the click.
      if (!connection.ok && connection.retry) {
        connection.retry()
        connection = await settled(this.#state.connection)
      }
      if (!connection.ok) throw connection.error ?? new Error('No backend.')
      const { session, config } = connection
      const cart = await session.addItem(config.sku ?? '', config.quantity)
      if (!cart) throw session.error.peek() ?? new Error('The cart did not change.')
      this.#status.value = 'added'
      this.emit('weship-cart-change', { cart: analyticsCart(cart) })
    } catch (cause) {
      const error = toCheckoutError(cause)
      this.#status.value = 'failed'
      this.#failure.value = error
      this.report(error)
    }
  }
}
