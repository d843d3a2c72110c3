import { effect, type Signal, signal } from '@preact/signals'
import { type CheckoutError, toCheckoutError, type WeshipEventMap } from '@weship/checkout-core'
import { type ComponentChild, h, render } from 'preact'
import { ErrorBoundary } from '../components/error-boundary.js'
import { errorDetail } from '../events.js'
import { warmUpFormatting } from '../i18n/warm-up-formatting.js'
import { explainChunkFailure } from '../state/chunk-failure.js'
import { pageStyleSheet, sharedStyleSheet } from '../styles/stylesheet.js'

// Servers have no HTMLElement: a stand-in lets the module load there (SSR) without defining anything.
const ElementBase = (
  typeof HTMLElement === 'undefined' ? class {} : HTMLElement
) as typeof HTMLElement

type PropertyBag = Record<string, unknown>

/**
 * The thin base of every WeShip element: an open shadow root with the shared stylesheet, a Preact
 * view rendered while connected, attributes as signals, and typed events that leave the shadow root.
 * Nothing thrown inside escapes a lifecycle callback: it becomes an error state and a `weship-error`.
 */
export abstract class WeshipElement extends ElementBase {
  /** JS properties a framework may set before the element is defined; re-applied on connect. */
  static properties: readonly string[] = []

  /**
   * Elements that show prices load the browser's number formatting data in a start-up task of
   * its own (a long one the first time on a page), so that no render waits for it. The buttons
   * show none, so a product page never pays for it until its checkout renders.
   */
  protected readonly showsPrices: boolean = false

  /** Elements that render a whole page adopt the rules its chunk brings (`pageStyleSheet`). */
  protected readonly rendersPage: boolean = false

  readonly #attributes = new Map<string, Signal<string | null>>()
  readonly #crash = signal<CheckoutError | null>(null)
  #cleanups: Array<() => void> = []
  #reported: CheckoutError | undefined
  #ready = false
  #starting: ReturnType<typeof setTimeout> | undefined

  constructor() {
    super()
    this.attachShadow({ mode: 'open' })
  }

  connectedCallback(): void {
    const root = this.shadowRoot
    if (!root) return
    adoptStyleSheets(root, this.rendersPage)
    this.#upgradeProperties()
    clearTimeout(this.#starting)
    this.#start(root)
  }

  /**
   * Starts in tasks of its own, after the one that defined or inserted the element: twenty
   * add-to-cart buttons make twenty short tasks, not one long one. Effects come first, so the
   * cart request leaves before the first render; formatting data loads while it is on its way.
   */
  #start(root: ShadowRoot): void {
    const phases = [
      () => this.connected(),
      () => render(h(this.#Root, null), root),
      ...(this.showsPrices ? [warmUpFormatting] : []),
    ]
    const next = () => {
      const phase = phases.shift()
      if (!phase) return
      this.#starting = setTimeout(() => {
        try {
          phase()
        } catch (error) {
          this.crashed(error)
        }
        next()
      })
    }
    next()
  }

  disconnectedCallback(): void {
    clearTimeout(this.#starting)
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
    if (this.shadowRoot) render(null, this.shadowRoot)
  }

  attributeChangedCallback(name: string, _previous: string | null, value: string | null): void {
    this.attribute(name).value = value
  }

  /** The element's view; it reads signals, so it re-renders when they change. */
  protected abstract view(): ComponentChild

  /** What to show when the view itself failed; subclasses translate it. */
  protected fallback(_error: CheckoutError): ComponentChild {
    return h('p', { part: 'error', class: 'error', role: 'alert' }, 'Something went wrong.')
  }

  /** Starts the element's effects; each is disposed on disconnect. */
  protected connected(): void {}

  /**
   * An effect that lives while the element is connected and never throws out of it. A returned
   * function runs before the next run and on disconnect.
   */
  protected watch(callback: () => unknown): void {
    const dispose = effect(() => {
      try {
        const cleanup = callback()
        return typeof cleanup === 'function' ? (cleanup as () => void) : undefined
      } catch (error) {
        this.crashed(error)
        return undefined
      }
    })
    this.#cleanups.push(dispose)
  }

  /** The current value of an attribute as a signal, so views re-render when it changes. */
  protected attribute(name: string): Signal<string | null> {
    let value = this.#attributes.get(name)
    if (!value) {
      value = signal(this.getAttribute(name))
      this.#attributes.set(name, value)
    }
    return value
  }

  /** Dispatches a typed event that bubbles out of the shadow root to the page. */
  protected emit<K extends keyof WeshipEventMap>(name: K, detail: WeshipEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  /** Announces once that the element shows real content (data, an empty state or an error). */
  protected ready(): void {
    if (this.#ready) return
    this.#ready = true
    this.emit('weship-ready', { element: this.localName })
  }

  /**
   * Dispatches `weship-error` for a failure the element shows, once per failure; a chunk that did
   * not load once its cause is known (offline, an HTTP error, an integrity mismatch).
   */
  protected report(error: CheckoutError): void {
    if (error === this.#reported) return
    this.#reported = error
    // The classic script is one file: no chunk of it can fail to load, and it carries no diagnosis.
    const chunk = error.reason === 'chunk_unavailable' && import.meta.env.MODE !== 'cdn-iife'
    if (!chunk) this.emit('weship-error', errorDetail(error))
    else void explainChunkFailure(error).then((detail) => this.emit('weship-error', detail))
  }

  /** Attribute-backed properties: null removes the attribute. */
  protected reflect(name: string, value: string | number | null | undefined): void {
    if (value === null || value === undefined) this.removeAttribute(name)
    else this.setAttribute(name, String(value))
  }

  protected crashed(cause: unknown): void {
    const error = toCheckoutError(cause)
    this.#crash.value = error
    this.report(error)
  }

  readonly #Root = (): ComponentChild => {
    const crash = this.#crash.value
    if (crash) return this.fallback(crash)
    return h(ErrorBoundary, { onError: (error: unknown) => this.crashed(error) }, this.view())
  }

  #upgradeProperties(): void {
    const self = this as unknown as PropertyBag
    for (const name of (this.constructor as typeof WeshipElement).properties) {
      if (!Object.hasOwn(this, name)) continue
      // An own property shadows the class accessor; re-setting it runs the setter.
      const value = self[name]
      delete self[name]
      self[name] = value
    }
  }
}

function adoptStyleSheets(root: ShadowRoot, rendersPage: boolean): void {
  // Engines without constructable sheets render unstyled rather than need unsafe-inline styles.
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function') return
  const sheets = rendersPage ? [sharedStyleSheet(), pageStyleSheet()] : [sharedStyleSheet()]
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet))
  if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing]
}
