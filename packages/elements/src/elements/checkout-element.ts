import { computed, signal, untracked } from '@preact/signals'
import type { Checkout, CheckoutError } from '@weship/checkout-core'
import { type ComponentChild, h } from 'preact'
import { ErrorState } from '../components/error-state.js'
import { TranslatorContext } from '../components/translator-context.js'
import type { CheckoutMode } from '../config/element-config.js'
import { createElementState } from '../state/element-state.js'
import { createPageCheckout } from '../state/page-checkout.js'
import type { RemovedLine } from '../steps/cart/cart-review.js'
import { type CartViewState, cartViewState } from '../steps/cart/cart-view-state.js'
import { CheckoutView, type CheckoutViewModel } from '../steps/checkout-view.js'
import { BackendElement } from './backend-element.js'
import { watchCheckoutEvents } from './checkout-events.js'

/**
 * @summary The whole checkout: cart, contact, shipping, payment, review and confirmation.
 * @documentation https://github.com/weship/checkout/blob/main/docs/reference/elements.md#weship-checkout
 *
 * @attr {string} api - URL of the checkout REST API: http(s), or a path resolved against the page.
 * @attr {string} locale - BCP 47 locale such as `de-DE`; defaults to the nearest `lang`, then the browser.
 * @attr {string} currency - ISO 4217 currency of a new cart, such as `EUR`.
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`.
 * @attr {string} cart - Id of a cart to show; once loaded it is the remembered cart.
 * @attr {'inline' | 'drawer'} mode - `inline` (default) in the page, or `drawer`: a side drawer that `open()` and `<weship-cart-button>` open.
 *
 * @event weship-ready - Once, when the widget first shows the cart, the empty cart or an error.
 * @event weship-cart-change - When the cart changes (also when the remembered cart first loads).
 * @event weship-error - On every failure it shows; `detail` is `{ code, reason, message }`.
 * @event weship-step-change - When the shopper moves to another step; `detail` is `{ step, previous, cart }`.
 * @event weship-order-placed - When the order is placed and paid; `detail` is `{ order }`.
 * @event weship-payment-failed - When a payment is declined; `detail` is `{ code, reason, message, methodId }`.
 *
 * @csspart base - The widget's frame; carries `dir` and `lang`.
 * @csspart title - The step heading; takes focus on `open()`.
 * @csspart status - The loading message.
 * @csspart empty - The empty-cart message.
 * @csspart item-count - The number of items.
 * @csspart line-items - The list of lines.
 * @csspart line-item - One line of the cart.
 * @csspart line-item-image - A line's product image.
 * @csspart line-item-name - A line's product name.
 * @csspart line-item-options - A line's variant options, such as size and colour.
 * @csspart line-item-quantity - A line's quantity.
 * @csspart line-item-total - A line's total price.
 * @csspart summary - The totals.
 * @csspart subtotal - The subtotal row.
 * @csspart total - The total row.
 * @csspart error - The error state.
 * @csspart error-message - The error in the shopper's words.
 * @csspart error-detail - The developer's details of a setup error, with a docs link.
 * @csspart button - Every button.
 * @csspart retry-button - The "Try again" button.
 * @csspart start-over-button - The "Start a new cart" button.
 *
 * @cssproperty --weship-color-primary - Buttons and accents.
 * @cssproperty --weship-color-primary-text - Text on the primary colour.
 * @cssproperty --weship-color-background - The frame.
 * @cssproperty --weship-color-surface - Panels and image placeholders.
 * @cssproperty --weship-color-text - Body text.
 * @cssproperty --weship-color-text-muted - Secondary text.
 * @cssproperty --weship-color-border - Frame and dividers.
 * @cssproperty --weship-color-danger - Error text and marks.
 * @cssproperty --weship-color-success - Confirmations.
 * @cssproperty --weship-color-focus - The focus ring.
 * @cssproperty --weship-font-family - Typeface.
 * @cssproperty --weship-font-size - Base size.
 * @cssproperty --weship-font-weight-strong - Names, totals and buttons.
 * @cssproperty --weship-line-height - Body line height.
 * @cssproperty --weship-radius - Frame corners.
 * @cssproperty --weship-radius-control - Button and image corners.
 * @cssproperty --weship-space-unit - The spacing step (default 0.25rem).
 * @cssproperty --weship-control-height - Button height (default 2.75rem).
 * @cssproperty --weship-border-width - Frame, divider and button borders.
 * @cssproperty --weship-shadow - The frame's shadow.
 * @cssproperty --weship-focus-ring - Outline of focused controls.
 * @cssproperty --weship-transition - Hover and state fades.
 */
export class CheckoutElement extends BackendElement {
  static observedAttributes = ['api', 'locale', 'currency', 'theme', 'cart', 'mode']
  static override properties = ['api', 'locale', 'currency', 'theme', 'cart', 'mode', 'adapter']

  readonly #state = createElementState(this, {
    tag: 'weship-checkout',
    input: () => ({
      api: this.attribute('api').value,
      adapter: this.adapterObject.value,
      locale: this.attribute('locale').value,
      currency: this.attribute('currency').value,
      theme: this.attribute('theme').value,
      cart: this.attribute('cart').value,
      mode: this.attribute('mode').value,
    }),
    locale: () => this.attribute('locale').value,
  })
  readonly #checkout = signal<Checkout | null>(null)
  readonly #drawerOpen = signal(false)
  readonly #cart = computed<CartViewState>(() => {
    const connection = this.#state.connection.value
    return connection.ok
      ? cartViewState(connection.session)
      : { kind: 'error', error: connection.error }
  })
  readonly #model: CheckoutViewModel = {
    translator: this.#state.translator,
    cart: this.#cart,
    checkout: this.#checkout,
    session: computed(() => {
      const connection = this.#state.connection.value
      return connection.ok ? connection.session : null
    }),
    removed: signal<RemovedLine | null>(null),
    mode: computed<CheckoutMode>(() => {
      const connection = this.#state.connection.value
      return connection.ok ? connection.config.mode : 'inline'
    }),
    drawerOpen: this.#drawerOpen,
    closeDrawer: () => this.close(),
    retry: () => this.#load(true),
    startOver: () => this.reset(),
    settled: () => this.ready(),
  }
  #cartVersion: string | null | undefined

  get currency(): string | null {
    return this.getAttribute('currency')
  }
  set currency(value: string | null) {
    this.reflect('currency', value)
  }
  get cart(): string | null {
    return this.getAttribute('cart')
  }
  set cart(value: string | null) {
    this.reflect('cart', value)
  }

  get mode(): string | null {
    return this.getAttribute('mode')
  }
  set mode(value: CheckoutMode | null) {
    this.reflect('mode', value)
  }

  /** Brings the checkout to the shopper: a drawer opens; inline, it scrolls into view and takes focus. */
  open(): void {
    if (!this.isConnected) return
    if (this.#model.mode.peek() === 'drawer') {
      this.#drawerOpen.value = true
      return
    }
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    this.scrollIntoView?.({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' })
    this.shadowRoot?.querySelector<HTMLElement>('[part~="title"]')?.focus({ preventScroll: true })
  }

  /** Closes the drawer; an inline checkout stays where it is. */
  close(): void {
    this.#drawerOpen.value = false
  }

  /** Forgets the shopper's cart and everything typed; the next add starts a new one. */
  reset(): void {
    const connection = this.#state.connection.peek()
    this.removeAttribute('cart')
    this.#checkout.peek()?.reset()
    if (connection.ok) connection.session.forget()
  }

  protected override view(): ComponentChild {
    return h(CheckoutView, { model: this.#model })
  }

  protected override fallback(error: CheckoutError): ComponentChild {
    const translator = this.#state.translator.peek()
    return h(TranslatorContext.Provider, { value: translator }, h(ErrorState, { error }))
  }

  protected override connected(): void {
    this.#state.refreshLocale()
    this.watch(() => this.#load(false))
    this.watch(() => this.#createCheckout())
    this.watch(() => this.#announceCart())
    watchCheckoutEvents(this.#checkout, {
      watch: (callback) => this.watch(callback),
      emit: (name, detail) => this.emit(name, detail),
      report: (error) => this.report(error),
    })
    this.watch(() => {
      const cart = this.#cart.value
      if (cart.kind === 'error') this.report(cart.error)
    })
  }

  /** Loads the `cart` attribute's cart, else the remembered one unless it is already here. */
  #load(retry: boolean): void {
    const connection = this.#state.connection.value
    if (!connection.ok) return
    const { session, config } = connection
    untracked(() => {
      const wanted = config.cartId
      if (retry || (wanted && session.cart.value?.id !== wanted)) void session.load(wanted)
      else if (session.status.value === 'idle') void session.load()
    })
  }

  /** One checkout model per connection; the old one stops saving its draft when replaced. */
  #createCheckout(): (() => void) | undefined {
    const connection = this.#state.connection.value
    if (!connection.ok) return undefined
    const checkout = untracked(() => createPageCheckout(connection))
    this.#checkout.value = checkout
    return () => {
      checkout.dispose()
      if (this.#checkout.peek() === checkout) this.#checkout.value = null
    }
  }

  #announceCart(): void {
    const connection = this.#state.connection.value
    if (!connection.ok) return
    const cart = connection.session.cart.value
    const version = cart ? `${cart.id}@${cart.version}` : null
    if (this.#cartVersion !== undefined && version !== this.#cartVersion) {
      this.emit('weship-cart-change', { cart })
    }
    this.#cartVersion = version
  }
}
