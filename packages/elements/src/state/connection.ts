import { type CheckoutError, toCheckoutError } from '@weship/checkout-core'
import type { ConfigResult, ElementConfig } from '../config/element-config.js'
import { type PageCart, pageCartFor } from './cart-registry.js'

/** A parsed configuration joined to the page's cart session, or why that failed. */
export type Connection =
  | ({ ok: true; config: ElementConfig } & PageCart)
  | { ok: false; error: CheckoutError }

export function connect(result: ConfigResult<ElementConfig>): Connection {
  if (!result.ok) return result
  try {
    return {
      ok: true,
      config: result.config,
      ...pageCartFor(result.config.backend, result.config.currency),
    }
  } catch (error) {
    return { ok: false, error: toCheckoutError(error, 'CONFIG') }
  }
}
