import { effect, type ReadonlySignal } from '@preact/signals'
import { type CheckoutError, toCheckoutError } from '@weship/checkout-core'
import type { ConfigResult, ElementConfig } from '../config/element-config.js'
import { resolveBackend } from './backend-resolution.js'
import { type PageCart, pageCartFor } from './cart-registry.js'

/**
 * A parsed configuration joined to the page's cart session; or why that failed (with a way to
 * try again when a fetch failed); or `waiting` while the backend is not known yet.
 */
export type Connection =
  | ({ ok: true; config: ElementConfig } & PageCart)
  | { ok: false; error: CheckoutError; retry?: (() => void) | undefined }
  | { ok: false; error?: undefined; retry?: undefined; waiting: true }

export function connect(
  tag: string,
  result: ConfigResult<ElementConfig>,
  deadlinePassed: () => boolean,
): Connection {
  if (!result.ok) return result
  const { config } = result
  try {
    const backend = resolveBackend(tag, config.backend, deadlinePassed)
    if ('waiting' in backend) return { ok: false, waiting: true }
    if ('error' in backend) return { ok: false, ...backend }
    return { ok: true, config, ...pageCartFor(backend.adapter, config.currency) }
  } catch (error) {
    return { ok: false, error: toCheckoutError(error, 'CONFIG') }
  }
}

/** The connection once it is no longer waiting for its backend: working, or failed. */
export function settled(connection: ReadonlySignal<Connection>): Promise<Connection> {
  return new Promise((resolve) => {
    const dispose = effect(() => {
      const current = connection.value
      if (!current.ok && !current.error) return
      resolve(current)
      queueMicrotask(() => dispose())
    })
  })
}
