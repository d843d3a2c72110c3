import { type ReadonlySignal, signal } from '@preact/signals'
import { CheckoutError, yieldToMain } from '@weship/checkout-core'

export interface LazyModule<T> {
  /** The module once it is here; views read it and re-render when it arrives. */
  readonly value: ReadonlySignal<T | null>
  /** True after a failed fetch, until `load()` tries again. */
  readonly failed: ReadonlySignal<boolean>
  /** Fetches once per page; after a failure the next call tries again. */
  load(): Promise<void>
}

/**
 * Code a page may never need, fetched on first use: a chunk beside the ESM CDN file (and in the
 * npm build), inlined in the IIFE.
 */
export function lazyModule<T>(fetchModule: () => Promise<T>): LazyModule<T> {
  const value = signal<T | null>(null)
  const failed = signal(false)
  let loading: Promise<void> | undefined
  return {
    value,
    failed,
    load() {
      failed.value = false
      // In a task of its own: in the IIFE the module is inline, and evaluating it in the task that
      // asked (an element's start-up) made that task twice as long.
      loading ??= yieldToMain()
        .then(fetchModule)
        .then(
          (module) => {
            value.value = module
          },
          () => {
            loading = undefined
            failed.value = true
          },
        )
      return loading
    },
  }
}

/** What a view shows and reports when a lazy module's fetch failed: the shop is unreachable. */
export function unfetchedModule(what: string): CheckoutError {
  return new CheckoutError('NETWORK', `${what} could not be fetched.`, { reason: 'unreachable' })
}
