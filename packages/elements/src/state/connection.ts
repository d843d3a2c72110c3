import { type CartSession, type CheckoutError, toCheckoutError } from '@weship/checkout-core'
import type { ConfigResult, ElementConfig } from '../config/element-config.js'
import { cartSessionFor } from './cart-registry.js'

/** A parsed configuration joined to the page's cart session, or why that failed. */
export type Connection =
  | { ok: true; config: ElementConfig; session: CartSession }
  | { ok: false; error: CheckoutError }

export function connect(result: ConfigResult<ElementConfig>): Connection {
  if (!result.ok) return result
  try {
    const session = cartSessionFor(result.config.backend, result.config.currency)
    return { ok: true, config: result.config, session }
  } catch (error) {
    return { ok: false, error: toCheckoutError(error, 'CONFIG') }
  }
}
