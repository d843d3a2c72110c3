import { signal } from '@preact/signals'
import type { CheckoutError } from '@weship/checkout-core'
import { type ComponentChild, h } from 'preact'
import { ErrorState } from '../components/error-state.js'
import { TranslatorContext } from '../components/translator-context.js'
import type { OrderStatusViewModel } from '../order-status/order-status-view.js'
import { createElementState } from '../state/element-state.js'
import { lazyModule } from '../state/lazy-module.js'
import { withPageAssets } from '../state/page-assets.js'
import { BackendElement, backendAttributes, backendProperties } from './backend-element.js'

const statusPage = lazyModule('The order status page', () =>
  import('../order-status/order-status-page.js').then(withPageAssets),
)

// Carriers scan a few times a day: 30 s after opening, then doubling while nothing moves.
const FIRST_POLL_MS = 30_000

/**
 * @summary The order status page: status, delivery estimate, each package's tracking, the receipt, feedback.
 * @documentation https://github.com/weship/checkout/blob/main/docs/reference/elements.md#weship-order-status
 *
 * @attr {string} api - URL of the backend's API: http(s), or a path resolved against the page; as on `<weship-checkout>`.
 * @attr {string} backend - `rest` (default), `vendure`, `medusa` or a registered name, as on `<weship-checkout>`.
 * @attr {string} channel-token - With `backend="vendure"`, as on `<weship-checkout>`.
 * @attr {string} publishable-key - With `backend="medusa"`, as on `<weship-checkout>`.
 * @attr {string} locale - BCP 47 locale such as `de-DE`; defaults to the nearest `lang`, then the browser.
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`.
 * @attr {string} order - The order id; defaults to `?order=` in the page URL.
 * @attr {string} token - The order's capability token; defaults to `?token=` in the page URL. Without a valid one the element asks for the order number and e-mail.
 * @attr {string} shop-url - Your shop page with `<weship-checkout>`: "Buy again" leads there with a one-time `?weship_reorder=` link that fills a new cart. No button without it.
 *
 * @event weship-ready - Once, when the element first shows the order, the verification form or an error.
 * @event weship-error - On every failure it shows; `detail` is `{ code, reason, message }`.
 * @event weship-tracking-update - When a refresh brings new events or estimates; `detail` is `{ orderId, shipments }`, each shipment's status, carrier, estimate and items (no tracking number, link or scan places).
 * @event weship-feedback-submit - When the shopper's rating is stored; `detail` is `{ orderId, rating, hasComment }` (the comment is the shopper's words, for the shop only).
 *
 * @csspart base - The element's frame; carries `dir` and `lang`.
 * @csspart title - The heading ("Order WS-10001" or "Find your order").
 * @csspart status - The loading message.
 * @csspart error - Every error message block.
 * @csspart error-message - An error in the shopper's words.
 * @csspart error-detail - The developer's details of a setup error, with a docs link.
 * @csspart button - Every button.
 * @csspart retry-button - The "Try again" button.
 * @csspart verify-form - The form asking for the order number and e-mail.
 * @csspart verify-button - Its "Show my order" button.
 * @csspart field - A form field: label, control and messages.
 * @csspart label - A field's label.
 * @csspart input - A text input.
 * @csspart field-error - A field's error message.
 * @csspart order-number - The order number.
 * @csspart order-status - The order's status (confirmed, shipped, cancelled).
 * @csspart delivery - The order's estimated delivery, or when it was delivered.
 * @csspart delivery-estimate - An estimate: "Tue 3 – Thu 5 Dec".
 * @csspart delivered - When it arrived: "Delivered on Monday, 30 November 2026".
 * @csspart shipments - The list of packages.
 * @csspart shipment - One package.
 * @csspart shipment-title - "Package 1 of 2".
 * @csspart shipment-status - A package's current status.
 * @csspart shipment-items - What is in a package.
 * @csspart carrier - A package's carrier.
 * @csspart tracking-number - The tracking number.
 * @csspart tracking-link - The tracking number as a link to the carrier's page.
 * @csspart timeline - A package's history, newest first.
 * @csspart timeline-event - One event of the history.
 * @csspart event-status - An event's status.
 * @csspart event-time - When it happened.
 * @csspart event-location - Where it happened.
 * @csspart event-description - The carrier's description.
 * @csspart delivery-address - The delivery address section (the pickup point for a pickup order).
 * @csspart pickup-point - A pickup point: name, address and opening hours.
 * @csspart address - A postal address as text.
 * @csspart receipt - The receipt.
 * @csspart receipt-item - One item on the receipt.
 * @csspart receipt-payments - The payments on the receipt.
 * @csspart payment - A payment line (method, brand, last four).
 * @csspart subtotal - The subtotal row.
 * @csspart discount - A discount row.
 * @csspart shipping - The shipping row.
 * @csspart tax - The tax row.
 * @csspart total - The total row.
 * @csspart feedback - The feedback section.
 * @csspart feedback-form - The feedback form.
 * @csspart rating - The rating's fieldset.
 * @csspart legend - The rating's legend.
 * @csspart rating-option - One star: a radio with its label.
 * @csspart comment - The comment box.
 * @csspart feedback-button - "Send feedback".
 * @csspart feedback-thanks - The thank-you (or "already sent") after feedback.
 * @csspart buy-again-button - "Buy again": a new cart with the order's items, on the shop page.
 * @csspart merchant - Who sold: the shop's name and address under the receipt.
 * @csspart create-account - The offer of an account to a guest, for the order's e-mail.
 * @csspart create-account-button - Its button.
 * @csspart account-created - The account-created message.
 *
 * @cssproperty --weship-color-primary - Buttons, links and accents.
 * @cssproperty --weship-color-background - The frame.
 * @cssproperty --weship-color-text - Body text.
 * @cssproperty --weship-color-text-muted - Times and secondary text.
 * @cssproperty --weship-color-border - Frame, dividers and the timeline.
 * @cssproperty --weship-color-success - Delivered.
 * @cssproperty --weship-color-danger - Errors and delivery problems.
 * @cssproperty --weship-font-family - Typeface.
 * @cssproperty --weship-radius - Frame corners.
 * @cssproperty --weship-space-unit - The spacing step (default 0.25rem).
 */
export class OrderStatusElement extends BackendElement {
  static observedAttributes = [...backendAttributes, 'order', 'token', 'shop-url']
  static override properties = [...backendProperties, 'order', 'token', 'shopUrl', 'pollInterval']
  protected override readonly showsPrices = true
  protected override readonly rendersPage = true

  readonly #state = createElementState(this, {
    tag: 'weship-order-status',
    input: () => ({ ...this.backendInput(), shopUrl: this.attribute('shop-url').value }),
    locale: () => this.attribute('locale').value,
  })
  readonly #model = signal<OrderStatusViewModel | null>(null)
  #pollInterval = FIRST_POLL_MS

  get order(): string | null {
    return this.getAttribute('order')
  }
  set order(value: string | null) {
    this.reflect('order', value)
  }
  get token(): string | null {
    return this.getAttribute('token')
  }
  set token(value: string | null) {
    this.reflect('token', value)
  }
  get shopUrl(): string | null {
    return this.getAttribute('shop-url')
  }
  set shopUrl(value: string | null) {
    this.reflect('shop-url', value)
  }
  /** The first wait between tracking refreshes in ms (30 000); it doubles up to ten times that. */
  get pollInterval(): number {
    return this.#pollInterval
  }
  set pollInterval(value: number) {
    if (Number.isFinite(value) && value > 0) this.#pollInterval = value
  }

  protected override view(): ComponentChild {
    if (!this.#state.languageReady.value) return null
    const connection = this.#state.connection.value
    if (!connection.ok) return connection.error && this.fallback(connection.error, connection.retry)
    const error = statusPage.error.value
    if (error) return this.fallback(error, () => void statusPage.load())
    const page = statusPage.value.value
    const model = this.#model.value
    return page && model ? h(page.OrderStatusView, { model }) : null
  }

  protected override fallback(error: CheckoutError, onRetry?: () => void): ComponentChild {
    const translator = this.#state.translator.peek()
    return h(TranslatorContext.Provider, { value: translator }, h(ErrorState, { error, onRetry }))
  }

  protected override connected(): void {
    this.#state.refreshLocale()
    this.watch(() => {
      const connection = this.#state.connection.value
      if (!connection.ok) {
        // Without a backend yet (registered later, its adapter's chunk on the way) it waits.
        if (!connection.error) return undefined
        this.report(connection.error)
        this.ready()
        return undefined
      }
      const page = statusPage.value.value
      if (!page) {
        void statusPage.load()
        return undefined
      }
      const model = page.openOrderStatus({
        adapter: connection.adapter,
        translator: this.#state.translator,
        pollInterval: this.#pollInterval,
        access: () => ({
          orderId: this.attribute('order').peek(),
          token: this.attribute('token').peek(),
        }),
        emit: (name, detail) => this.emit(name, detail),
        report: (error) => this.report(error),
        shopUrl: connection.config.shopUrl,
        settled: () => this.ready(),
      })
      this.#model.value = model
      return model.dispose
    })
    this.watchPageFetch(() => statusPage)
    // A new order or token (a framework setting them late) opens again.
    this.watch(() => {
      this.attribute('order').value
      this.attribute('token').value
      this.#model.value?.retry()
    })
  }
}
