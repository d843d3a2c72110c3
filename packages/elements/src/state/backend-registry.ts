import { signal } from '@preact/signals'
import { type CheckoutAdapter, CheckoutError, docsUrl } from '@weship/checkout-core'
import { backendKinds } from '../backends/backend-kinds.js'
import { preferAdapter } from './cart-registry.js'

/** The name elements without `api`, `backend` or `adapter` look up. */
export const DEFAULT_BACKEND = 'default'
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/

// A signal: an element that rendered before its backend was registered connects when it is.
const registered = signal<ReadonlyMap<string, CheckoutAdapter>>(new Map())

/** The adapter registered under `name`, read as a signal. */
export function registeredBackend(name: string): CheckoutAdapter | undefined {
  return registered.value.get(name)
}

/**
 * Configures the page's backend once, for every element, however late the elements are defined,
 * rendered on a server or hydrated. `registerBackend(adapter)` serves every element that names
 * no backend; `registerBackend('eu', adapter)` serves `backend="eu"`. Returns a function that
 * takes the registration back. Safe on a server, where it only remembers the adapter.
 */
export function registerBackend(adapter: CheckoutAdapter): () => void
export function registerBackend(name: string, adapter: CheckoutAdapter): () => void
export function registerBackend(
  nameOrAdapter: string | CheckoutAdapter,
  maybeAdapter?: CheckoutAdapter,
): () => void {
  const [name, adapter] =
    typeof nameOrAdapter === 'string'
      ? [nameOrAdapter, maybeAdapter]
      : [DEFAULT_BACKEND, nameOrAdapter]
  if (!NAME_PATTERN.test(name) || backendKinds.includes(name) || !adapter?.getCart) {
    throw new CheckoutError(
      'CONFIG',
      `registerBackend("${name}", adapter): the name is a-z, 0-9 and dashes, not a backend kind; the adapter a CheckoutAdapter.`,
      { reason: 'invalid_backend', docsUrl: docsUrl('reference/elements.md#registerbackend') },
    )
  }
  preferAdapter(adapter)
  const update = (next?: CheckoutAdapter) => {
    const backends = new Map(registered.peek())
    if (next) backends.set(name, next)
    else backends.delete(name)
    registered.value = backends
  }
  update(adapter)
  return () => {
    if (registered.peek().get(name) === adapter) update()
  }
}

/** For tests: no backend registered. */
export function clearRegisteredBackends(): void {
  registered.value = new Map()
}
