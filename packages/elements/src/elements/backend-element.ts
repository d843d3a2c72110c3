import { type Signal, signal } from '@preact/signals'
import type { CheckoutAdapter } from '@weship/checkout-core'
import type { Theme } from '../config/element-config.js'
import type { LazyModule } from '../state/lazy-module.js'
import { WeshipElement } from './weship-element.js'

/**
 * What every element that talks to the shop shares: where the backend is (`api` or an
 * `adapter` object), the language and the theme, as attributes and matching properties.
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
    return {
      api: this.attribute('api').value,
      adapter: this.adapterObject.value,
      locale: this.attribute('locale').value,
      theme: this.attribute('theme').value,
    }
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

  /** A backend adapter object (property only); wins over `api`. */
  get adapter(): CheckoutAdapter | undefined {
    return this.adapterObject.value
  }
  set adapter(value: CheckoutAdapter | null | undefined) {
    this.adapterObject.value = value ?? undefined
  }
}
