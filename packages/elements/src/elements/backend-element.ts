import { type Signal, signal } from '@preact/signals'
import type { CheckoutAdapter } from '@weship/checkout-core'
import type { ElementConfigInput, Theme } from '../config/element-config.js'
import type { LazyModule } from '../state/lazy-module.js'
import { WeshipElement } from './weship-element.js'

/** The attributes of every element that talks to the shop. */
export const backendAttributes = [
  'api',
  'backend',
  'channel-token',
  'publishable-key',
  'locale',
  'theme',
]
const camelCase = (name: string) =>
  name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
/** Their properties, with `adapter` (property only). */
export const backendProperties = [...backendAttributes.map(camelCase), 'adapter']

/**
 * What every element that talks to the shop shares: where the backend is (`api` and `backend`
 * with its keys, a registered backend, or an `adapter` object), the language and the theme, as
 * attributes and matching properties.
 */
export abstract class BackendElement extends WeshipElement {
  /** Property only: objects cannot be attributes. Protected so subclasses feed it to their state. */
  protected readonly adapterObject: Signal<CheckoutAdapter | undefined> = signal(undefined)

  get api(): string | null {
    return this.getAttribute('api')
  }
  set api(value: string | null) {
    this.reflect('api', value)
  }
  /** `rest` (default), `vendure`, `medusa`, or a name given to `registerBackend()`. */
  get backend(): string | null {
    return this.getAttribute('backend')
  }
  set backend(value: string | null) {
    this.reflect('backend', value)
  }
  get channelToken(): string | null {
    return this.getAttribute('channel-token')
  }
  set channelToken(value: string | null) {
    this.reflect('channel-token', value)
  }
  get publishableKey(): string | null {
    return this.getAttribute('publishable-key')
  }
  set publishableKey(value: string | null) {
    this.reflect('publishable-key', value)
  }
  get locale(): string | null {
    return this.getAttribute('locale')
  }
  set locale(value: string | null) {
    this.reflect('locale', value)
  }
  get theme(): string | null {
    return this.getAttribute('theme')
  }
  set theme(value: Theme | null) {
    this.reflect('theme', value)
  }
  /** What every such element's configuration starts from: where the shop is, language, theme. */
  protected backendInput() {
    const input: Record<string, unknown> = { adapter: this.adapterObject.value }
    for (const name of backendAttributes) input[camelCase(name)] = this.attribute(name).value
    return input as ElementConfigInput
  }

  /**
   * A chunk (the checkout, its later steps, the status page) that could not be fetched is
   * reported once per failure, and counts as the element's first content: it shows "Try again".
   * `module` is read in the watch, so a chunk that another chunk brings is watched once it is here.
   */
  protected watchPageFetch(module: () => LazyModule<unknown> | undefined): void {
    this.watch(() => {
      const error = module()?.error.value
      if (!error) return
      this.report(error)
      this.ready()
    })
  }

  /**
   * A backend adapter object (property only); wins over the attributes. Frameworks that set it
   * before the element is defined, or not at all while hydrating, are better served by
   * `registerBackend()`: an element without a backend waits for one quietly.
   */
  get adapter(): CheckoutAdapter | undefined {
    return this.adapterObject.value
  }
  set adapter(value: CheckoutAdapter | null | undefined) {
    this.adapterObject.value = value ?? undefined
  }
}
