import { type ReadonlySignal, signal } from '@preact/signals'
import { CheckoutError, yieldToMain } from '@weship/checkout-core'

export interface LazyModule<T> {
  /** The module once it is here; views read it and re-render when it arrives. */
  readonly value: ReadonlySignal<T | null>
  /** What to show and report after a failed fetch, until `load()` tries again. */
  readonly error: ReadonlySignal<CheckoutError | null>
  /** Fetches once per page; after a failure the next call tries again. */
  load(): Promise<void>
}

/**
 * Code a page may never need, fetched on first use: a chunk beside the ESM CDN file (and in the
 * npm build), inlined in the IIFE. `what` names it in the error of a failed fetch.
 */
export function lazyModule<T>(what: string, fetchModule: () => Promise<T>): LazyModule<T> {
  const value = signal<T | null>(null)
  const error = signal<CheckoutError | null>(null)
  let loading: Promise<void> | undefined
  return {
    value,
    error,
    load() {
      error.value = null
      // In a task of its own: in the IIFE the module is inline, and evaluating it in the task that
      // asked (an element's start-up) made that task twice as long.
      loading ??= yieldToMain()
        .then(fetchModule)
        .then(
          (module) => {
            value.value = module
          },
          (cause: unknown) => {
            loading = undefined
            error.value = unfetchedModule(what, cause)
          },
        )
      return loading
    },
  }
}

/**
 * A failed fetch of a chunk: to the shopper, the widget's files did not load (not the shop). The
 * message keeps the browser's words (in Chromium, with the chunk's URL); `weship-error` adds why
 * (see `explainChunkFailure`), so a merchant's monitoring points at the CDN, not the shop's API.
 */
function unfetchedModule(what: string, cause: unknown): CheckoutError {
  const reason = cause instanceof Error ? `: ${cause.message}` : ''
  return new CheckoutError('NETWORK', `${what} could not be fetched${reason}`, {
    reason: 'chunk_unavailable',
    cause,
  })
}
