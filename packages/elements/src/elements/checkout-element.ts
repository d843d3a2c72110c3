import { computed, type ReadonlySignal, signal, untracked } from '@preact/signals'
import {
  analyticsCart,
  type CartSession,
  type Checkout,
  type CheckoutAdapter,
  type CheckoutError,
  type Order,
} from '@weship/checkout-core'
import { type ComponentChild, h } from 'preact'
import { CheckoutShell } from '../components/checkout-shell.js'
import { ErrorState } from '../components/error-state.js'
import { TranslatorContext } from '../components/translator-context.js'
import type { CheckoutMode } from '../config/element-config.js'
import type { PaymentProvider } from '../payments/payment-provider.js'
import { checkoutPage } from '../state/checkout-page-module.js'
import type { Connection } from '../state/connection.js'
import { createElementState } from '../state/element-state.js'
import { takeLinkToken } from '../state/recovery-token.js'
import { CartLoading } from '../steps/cart/cart-loading.js'
import type { RemovedLine } from '../steps/cart/cart-review.js'
import { type CartViewState, cartViewState } from '../steps/cart/cart-view-state.js'
import type { CheckoutViewModel } from '../steps/checkout-view.js'
import { BackendElement, backendAttributes, backendProperties } from './backend-element.js'

/**
 * @summary The whole checkout: cart, contact, shipping, payment, review and confirmation.
 * @documentation https://github.com/weship/checkout/blob/main/docs/reference/elements.md#weship-checkout
 *
 * @attr {string} api - URL of the backend's API: http(s), or a path resolved against the page. Without it (and without `backend`), the backend given to `registerBackend()`.
 * @attr {string} backend - `rest` (default: the WeShip REST API), `vendure` (a Vendure Shop API), `medusa` (a Medusa store), or a name given to `registerBackend()`.
 * @attr {string} channel-token - With `backend="vendure"`: the channel's token, for a channel other than the default one.
 * @attr {string} publishable-key - With `backend="medusa"`: required, the store's publishable API key (`pk_…`).
 * @attr {string} payment-method-types - Each payment method's kind by id, such as `standard-payment:invoice` (`card`, `gift_card`, `invoice` or `wallet`), for backends whose API does not say (Vendure, Medusa); `card` otherwise.
 * @attr {string} locale - BCP 47 locale such as `de-DE`; defaults to the nearest `lang`, then the browser.
 * @attr {string} currency - ISO 4217 currency of a new cart, such as `EUR`.
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`.
 * @attr {string} cart - Id of a cart to show; once loaded it is the remembered cart. A `?weship_cart=<token>` in the page URL (a reminder e-mail's link) restores that cart instead; a `?weship_reorder=<token>` (a "Buy again" link) fills a new cart with an order's items and says what it could not add.
 * @attr {string} order-status-url - Your order status page (with `<weship-order-status>`); the confirmation links to it with the order id and its access token.
 * @attr {'inline' | 'drawer'} mode - `inline` (default) in the page, or `drawer`: a side drawer that `open()` and `<weship-cart-button>` open.
 * @attr {string} payment-origins - Space-separated origins of your payment provider's pages (hosted card fields, 3-D Secure), e.g. `https://pay.example`: the only ones the checkout frames besides the adapter's own (an `api` on localhost may frame pages of localhost). https, or http on localhost.
 *
 * @event weship-ready - Once, when the widget first shows the cart, the empty cart or an error.
 * @event weship-cart-change - When the cart changes (also when the remembered cart first loads); `detail.cart` is its items and totals, without contact or addresses.
 * @event weship-error - On every failure it shows; `detail` is `{ code, reason, message }`.
 * @event weship-step-change - When the shopper moves to another step; `detail` is `{ step, previous, cart }`.
 * @event weship-order-placed - When the order is placed and paid; `detail.order` is its number, items, totals and delivery, for analytics (no e-mail, addresses or status token: see `lastOrder`).
 * @event weship-checkout-abandon - When the page is hidden while a shopper past the cart step has items and no order; `detail` is `{ step, cart }`.
 * @event weship-payment-failed - When a payment is declined; `detail` is `{ code, reason, message, methodId }`.
 *
 * @csspart base - The widget's frame; carries `dir` and `lang`.
 * @csspart drawer - The side drawer (a modal `<dialog>`) in `mode="drawer"`.
 * @csspart close-button - The drawer's close button.
 * @csspart progress - The list of steps.
 * @csspart progress-step - One step in the list; also `progress-step-current`, `progress-step-done` or `progress-step-todo`.
 * @csspart progress-step-current - The step the shopper is on.
 * @csspart progress-step-done - A finished step (a link back to it).
 * @csspart progress-step-todo - A step still ahead.
 * @csspart step - The current step's panel.
 * @csspart title - The step heading; takes focus on every step change and on `open()`.
 * @csspart status - A loading or progress message.
 * @csspart empty - The empty-cart message.
 * @csspart cart-expired - Says the shopper's earlier cart expired (and was cleared).
 * @csspart continue-shopping-button - Closes the drawer from an empty cart or the confirmation.
 * @csspart error - Every error message block.
 * @csspart error-banner - A failure that belongs to no field, with "Try again".
 * @csspart error-message - An error in the shopper's words.
 * @csspart error-detail - The developer's details of a setup error, with a docs link.
 * @csspart error-summary - The list of problems shown (and focused) after a failed submit.
 * @csspart button - Every button.
 * @csspart continue-button - Each step's main button ("Check out", "Continue to shipping"…).
 * @csspart retry-button - The "Try again" button.
 * @csspart start-over-button - The "Start a new cart" button.
 * @csspart item-count - The number of items.
 * @csspart reorder-notice - After a "Buy again" link: what of the order the new cart could not hold, or that the link expired.
 * @csspart line-items - The list of lines in the cart step.
 * @csspart line-item - One line of the cart.
 * @csspart line-item-image - A line's product image.
 * @csspart line-item-name - A line's product name.
 * @csspart line-item-options - A line's variant options, such as size and colour.
 * @csspart line-item-unit-price - A line's price for one, when it holds more than one.
 * @csspart line-item-quantity - A line's quantity.
 * @csspart line-item-controls - A line's quantity stepper and Remove.
 * @csspart line-item-total - A line's total price.
 * @csspart decrease-button - The quantity stepper's −.
 * @csspart increase-button - The quantity stepper's +.
 * @csspart remove-button - A line's Remove.
 * @csspart undo - The "Removed … Undo" notice.
 * @csspart undo-button - Undo of a removal.
 * @csspart summary - The order summary beside the steps.
 * @csspart summary-toggle - Shows or hides the summary on narrow widgets.
 * @csspart summary-items - The summary's list of items.
 * @csspart summary-item - One item in the summary.
 * @csspart subtotal - The subtotal row.
 * @csspart discount - A discount row.
 * @csspart shipping - The shipping row.
 * @csspart tax - The tax row or note.
 * @csspart total - The total row.
 * @csspart gift-card - A gift card row.
 * @csspart amount-due - What is left to pay after gift cards.
 * @csspart code-toggle - "Add a promo code or gift card".
 * @csspart code-form - The promo code or gift card form.
 * @csspart code-dropped - Says which codes the shop took off the order by itself.
 * @csspart apply-code-button - The code form's Apply.
 * @csspart remove-code-button - Removes an applied code or gift card.
 * @csspart field - A form field: label, control and messages.
 * @csspart label - A field's label.
 * @csspart input - A text input.
 * @csspart select - A select (country, state).
 * @csspart field-error - A field's error message.
 * @csspart legend - A group's legend.
 * @csspart choice - A checkbox or radio with its label.
 * @csspart consent - The marketing consent checkbox.
 * @csspart sign-in - The returning customer's sign-in block.
 * @csspart sign-in-toggle - Opens the sign-in form.
 * @csspart sign-in-form - The sign-in form.
 * @csspart sign-in-button - The sign-in form's button.
 * @csspart signed-in - Who is signed in.
 * @csspart sign-out-button - Signs out.
 * @csspart address-form - A postal address form (shipping or billing).
 * @csspart saved-addresses - A signed-in shopper's saved addresses to choose from.
 * @csspart saved-address - One saved address.
 * @csspart add-line2-button - "+ Apartment, suite, etc.".
 * @csspart shipping-options - The delivery options.
 * @csspart shipping-options-status - Loading or "no options" message of the delivery options.
 * @csspart shipping-option - One delivery option.
 * @csspart shipping-option-label - A delivery option's name and carrier.
 * @csspart shipping-option-price - A delivery option's price.
 * @csspart pickup-points - The pickup points of the chosen pickup option, nearest first.
 * @csspart pickup-point-option - One pickup point: name, address, opening hours, distance.
 * @csspart delivery-estimate - "Arrives Tue 3 – Thu 5 Dec".
 * @csspart payment-methods - The payment methods.
 * @csspart payment-method - One payment method.
 * @csspart payment-fields - Where a payment provider mounts its fields.
 * @csspart payment-frame - The card fields' frame, from the payment origin (the built-in card provider).
 * @csspart payment-error - A payment method's error.
 * @csspart card-on-file - The card entered for this order (brand and last four).
 * @csspart use-other-card-button - "Use a different card".
 * @csspart billing-same - "Billing address same as shipping".
 * @csspart gift-card-covers - "Your gift card covers the total".
 * @csspart review-section - A reviewed section; also `review-contact`, `review-shipping` or `review-payment`.
 * @csspart review-contact - The reviewed contact.
 * @csspart review-shipping - The reviewed address and delivery.
 * @csspart review-payment - The reviewed payment.
 * @csspart edit-button - A review section's Edit.
 * @csspart address - A postal address as text.
 * @csspart delivery-option - The chosen delivery option as text.
 * @csspart payment - A payment line (method, brand, last four).
 * @csspart place-order-button - The pay button, stating the amount.
 * @csspart payment-declined - Why the last payment did not go through (declined, failed or cancelled bank check), in place of the pay button; takes focus.
 * @csspart card-needed - In place of the pay button when the card must be given again (after a reload).
 * @csspart retry-payment-button - Back to the card fields, from `payment-declined` or `card-needed`.
 * @csspart new-totals - The notice of a changed total.
 * @csspart accept-total-button - Accepts the new total.
 * @csspart payment-action-error - A payment step the provider could not start (Stripe's 3-D Secure unreachable), with "Try again".
 * @csspart challenge-dialog - The 3-D Secure dialog.
 * @csspart challenge-frame - The 3-D Secure page's frame.
 * @csspart cancel-challenge-button - Closes the 3-D Secure dialog.
 * @csspart confirmation-message - The thank-you message.
 * @csspart order-number - The order number.
 * @csspart delivery - The estimated delivery on the confirmation.
 * @csspart receipt - The receipt.
 * @csspart receipt-item - One item on the receipt.
 * @csspart receipt-payments - The payments on the receipt.
 * @csspart merchant - Who sold: the shop's name and address under the receipt.
 * @csspart print-button - "Print receipt".
 * @csspart order-status-link - The link to the order status page.
 * @csspart create-account - The optional "Create an account" form.
 * @csspart create-account-button - Its button.
 * @csspart account-created - The account-created message.
 *
 * @cssproperty --weship-color-primary - Buttons and accents.
 * @cssproperty --weship-color-primary-text - Text on the primary colour.
 * @cssproperty --weship-color-background - The frame.
 * @cssproperty --weship-color-surface - Panels and image placeholders.
 * @cssproperty --weship-color-text - Body text.
 * @cssproperty --weship-color-text-muted - Secondary text.
 * @cssproperty --weship-color-border - Frame and dividers.
 * @cssproperty --weship-color-control-border - Input, select and stepper borders (keep 3:1 against the background).
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
  static observedAttributes = [
    ...backendAttributes,
    'currency',
    'cart',
    'mode',
    'order-status-url',
    'payment-method-types',
    'payment-origins',
  ]
  static override properties = [
    ...backendProperties,
    'currency',
    'cart',
    'mode',
    'orderStatusUrl',
    'paymentMethodTypes',
    'paymentOrigins',
    'paymentProviders',
  ]
  protected override readonly showsPrices = true
  protected override readonly rendersPage = true

  readonly #state = createElementState(this, {
    tag: 'weship-checkout',
    input: () => ({
      ...this.backendInput(),
      currency: this.attribute('currency').value,
      cart: this.attribute('cart').value,
      mode: this.attribute('mode').value,
      orderStatusUrl: this.attribute('order-status-url').value,
      paymentMethodTypes: this.attribute('payment-method-types').value,
    }),
    locale: () => this.attribute('locale').value,
  })
  readonly #checkout = signal<Checkout | null>(null)
  readonly #providers = signal<readonly PaymentProvider[]>([])
  readonly #drawerOpen = signal(false)
  readonly #cart = computed<CartViewState>(() => {
    const connection = this.#state.connection.value
    if (connection.ok) return cartViewState(connection.session)
    // A backend still to come (registered later, its adapter's chunk on the way) is loading.
    return connection.error ? { kind: 'error', error: connection.error } : { kind: 'loading' }
  })
  readonly #model: CheckoutViewModel = {
    translator: this.#state.translator,
    cart: this.#cart,
    checkout: this.#checkout,
    session: this.#whenConnected((connection) => connection.session, null),
    removed: signal<RemovedLine | null>(null),
    mode: this.#whenConnected<CheckoutMode>((connection) => connection.config.mode, 'inline'),
    orderStatusUrl: this.#whenConnected(
      (connection) => connection.config.orderStatusUrl ?? null,
      null,
    ),
    paymentProviders: computed(() => {
      const page = checkoutPage.value.value
      const custom = this.#providers.value
      return page && custom.length ? page.withDefaultProviders(custom) : null
    }),
    drawerOpen: this.#drawerOpen,
    closeDrawer: () => {
      this.close()
      return !this.#drawerOpen.peek()
    },
    retry: () => this.#retry(),
    startOver: () => this.reset(),
    settled: () => this.ready(),
  }
  #cartVersion: string | null | undefined
  #placed: Order | null = null

  /** A value of the working configuration, or `otherwise` while it is broken. */
  #whenConnected<T>(
    pick: (connection: Extract<Connection, { ok: true }>) => T,
    otherwise: T,
  ): ReadonlySignal<T> {
    return computed(() => {
      const connection = this.#state.connection.value
      return connection.ok ? pick(connection) : otherwise
    })
  }

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

  /**
   * Payment providers (property only), each for the methods that name it (`stripe`) or, unnamed,
   * for a method type: one for `card` replaces the built-in card fields. Stripe methods get the
   * built-in Stripe provider unless one is given here (`createStripeProvider(options)`).
   */
  get paymentProviders(): readonly PaymentProvider[] {
    return this.#providers.value
  }
  set paymentProviders(value: readonly PaymentProvider[] | null | undefined) {
    this.#providers.value = [...(value ?? [])]
  }

  /** Payment method kinds by id, e.g. `standard-payment:invoice`, where the backend does not say. */
  get paymentMethodTypes(): string | null {
    return this.getAttribute('payment-method-types')
  }
  set paymentMethodTypes(value: string | null) {
    this.reflect('payment-method-types', value)
  }

  get orderStatusUrl(): string | null {
    return this.getAttribute('order-status-url')
  }
  set orderStatusUrl(value: string | null) {
    this.reflect('order-status-url', value)
  }

  get paymentOrigins(): string | null {
    return this.getAttribute('payment-origins')
  }
  set paymentOrigins(value: string | null) {
    this.reflect('payment-origins', value)
  }

  /**
   * The last order this checkout placed, whole: with the shopper's e-mail, addresses and the
   * status token of its order status link. Null until then (and after a reload once the shopper
   * moved on). `weship-order-placed` carries only what analytics needs, since every script on
   * the page hears it; read the rest here, from your own code.
   */
  get lastOrder(): Order | null {
    return this.#checkout.value?.order.peek() ?? this.#placed
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

  /**
   * Closes the drawer (not while a payment is on its way); an inline checkout stays where it is.
   * A drawer closed on the confirmation opens next time on the cart, not on the old "Thank you".
   */
  close(): void {
    if (this.#model.mode.peek() !== 'drawer') return
    const checkout = this.#checkout.peek()
    // The checkout's own code says (a model exists only once it is here).
    if (checkout && !checkoutPage.value.peek()?.mayCloseDrawer(checkout)) return
    this.#drawerOpen.value = false
    if (checkout?.order.peek()) checkout.reset()
  }

  /** Forgets the shopper's cart and everything typed; the next add starts a new one. */
  reset(): void {
    const connection = this.#state.connection.peek()
    this.removeAttribute('cart')
    this.#checkout.peek()?.reset()
    if (connection.ok) connection.session.forget()
  }

  protected override view(): ComponentChild {
    // Nothing until the shopper's language is here: better a beat of blank than a flash of English.
    if (!this.#state.languageReady.value) return null
    const page = checkoutPage.value.value
    if (page) return h(page.CheckoutView, { model: this.#model })
    // Until the checkout's code is here: its frame, busy, or "Try again" if the fetch failed.
    const error = checkoutPage.error.value
    const retry = () => void checkoutPage.load()
    return h(
      CheckoutShell,
      { model: this.#model, busy: !error },
      error ? h(ErrorState, { error, onRetry: retry }) : h(CartLoading, null),
    )
  }

  protected override fallback(error: CheckoutError): ComponentChild {
    const translator = this.#state.translator.peek()
    return h(TranslatorContext.Provider, { value: translator }, h(ErrorState, { error }))
  }

  protected override connected(): void {
    this.#state.refreshLocale()
    this.watch(() => this.#fetchCheckoutPage())
    this.watchPageFetch(() => checkoutPage)
    this.watchPageFetch(() => checkoutPage.value.value?.laterStepsModule)
    this.watch(() => this.#load(false))
    this.watch(() => this.#createCheckout())
    this.watch(() => this.#announceCart())
    // The events come from the checkout model, so their code comes with the checkout's chunk.
    this.watch(() => {
      const page = checkoutPage.value.value
      if (!page) return
      untracked(() =>
        page.watchCheckoutEvents(this.#checkout, {
          watch: (callback) => this.watch(callback),
          emit: (name, detail) => this.emit(name, detail),
          placed: (order) => {
            this.#placed = order
          },
          report: (error) => this.report(error),
        }),
      )
    })
    this.watch(() => {
      const cart = this.#cart.value
      if (cart.kind === 'error') this.report(cart.error)
    })
    this.watch(() => this.#retryWhenOnline())
  }

  /**
   * Back online, what failed for want of a network is tried again, as "Try again" would (a
   * payment with its same idempotency key), instead of the message staying until the next click.
   */
  #retryWhenOnline(): () => void {
    const onOnline = () => {
      const cart = this.#cart.peek()
      const checkout = this.#checkout.peek()
      const laterSteps = checkoutPage.value.peek()?.laterStepsModule
      if (checkoutPage.error.peek()) void checkoutPage.load()
      if (laterSteps?.error.peek()) void laterSteps.load()
      if (cart.kind === 'error' && cart.error.code === 'NETWORK') this.#retry()
      else if (checkout?.error.peek()?.code === 'NETWORK') void checkout.retry()
    }
    globalThis.addEventListener?.('online', onOnline)
    return () => globalThis.removeEventListener?.('online', onOnline)
  }

  /** "Try again": fetches what failed, the adapter's chunk or the cart. */
  #retry(): void {
    const connection = this.#state.connection.peek()
    if (connection.ok) this.#load(true)
    else if (connection.error) connection.retry?.()
  }

  /**
   * Fills a new cart from a "Buy again" link (`?weship_reorder=`) or restores a reminder's
   * (`?weship_cart=`), else loads the `cart` attribute's cart, else the remembered one unless it
   * is already here.
   */
  #load(retry: boolean): void {
    const connection = this.#state.connection.value
    if (!connection.ok) return
    const { session, config } = connection
    untracked(() => {
      const again = retry ? null : takeLinkToken('weship_reorder')
      if (again) {
        void this.#buyAgain(connection.adapter, session, again)
        return
      }
      const token = retry ? null : takeLinkToken('weship_cart')
      if (token) {
        void session.recover(token)
        return
      }
      const wanted = config.cartId
      if (retry || (wanted && session.cart.value?.id !== wanted)) void session.load(wanted)
      else if (session.status.value === 'idle') void session.load()
    })
  }

  /**
   * A "Buy again" link: the checkout's chunk fills the new cart (only such pages need that code),
   * and the drawer opens on it, since the shopper came to buy. The session loads from the start,
   * so nothing loads the remembered cart meanwhile; without the chunk it shows that cart, and the
   * chunk's error offers "Try again".
   */
  async #buyAgain(adapter: CheckoutAdapter, session: CartSession, token: string): Promise<void> {
    await session.loadWith(async () => {
      await checkoutPage.load()
      return checkoutPage.value.peek()?.reorderCart(session, adapter, token) ?? null
    })
    if (this.#model.mode.peek() === 'drawer') this.open()
  }

  /**
   * Inline, the checkout's code is needed at once. A closed drawer fetches it when the page is
   * idle, so a product page's own work goes first, and at once when the shopper opens it.
   */
  #fetchCheckoutPage(): (() => void) | undefined {
    if (this.#model.mode.value !== 'drawer' || this.#drawerOpen.value) {
      void checkoutPage.load()
      return undefined
    }
    return whenIdle(() => void checkoutPage.load())
  }

  /**
   * One checkout model per cart session; the old one stops saving its draft when replaced. A new
   * theme or language is not a new session: rebuilding then would drop the card given and remount
   * the payment fields, losing what the shopper typed in them.
   */
  #createCheckout(): (() => void) | undefined {
    const connection = this.#state.connection.peek()
    const page = checkoutPage.value.value
    if (!this.#model.session.value || !connection.ok || !page) return undefined
    const origins = this.attribute('payment-origins').value
    const checkout = untracked(() => page.createPageCheckout(connection, origins))
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
      this.emit('weship-cart-change', { cart: cart && analyticsCart(cart) })
    }
    this.#cartVersion = version
  }
}

/** Runs `work` when the page is idle (within 2 s); returns a function that cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(work, 200)
  return () => clearTimeout(timer)
}
