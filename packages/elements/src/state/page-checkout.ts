import { type Checkout, createCheckout } from '@weship/checkout-core'
import type { ElementConfig } from '../config/element-config.js'
import { browserStorage } from './browser-storage.js'
import { adoptLegacyKey, type PageCart } from './cart-registry.js'
import { parsePaymentMethodTypes, withPaymentMethodTypes } from './payment-method-types.js'

const draftKey = (cartKey: string) => cartKey.replace(/^weship:cart/, 'weship:checkout')
const syncing = new WeakSet<PageCart['session']>()

/**
 * The checkout model over the page's cart, framing payment pages only from the adapter's origins
 * and those of the `payment-origins` attribute. Its draft lives in `sessionStorage`: a reload in this
 * tab resumes where the shopper was, while another tab or tomorrow starts from the cart alone.
 * From then on the page's other tabs and this one show each other's cart changes: a chunk of its
 * own, fetched after the checkout, so neither a product page nor an inline checkout waits for it.
 * Throws a CONFIG error for a malformed `payment-method-types` (the element shows it).
 */
export function createPageCheckout(
  connection: PageCart & { config: Pick<ElementConfig, 'paymentMethodTypes'> },
  paymentOrigins: string | null = null,
): Checkout {
  const { adapter, session, storageKey, legacyKeys, config } = connection
  const types = parsePaymentMethodTypes(config.paymentMethodTypes)
  const storage = browserStorage('sessionStorage')
  adoptLegacyKey(storage, draftKey(storageKey), legacyKeys.map(draftKey))
  if (!syncing.has(session)) {
    syncing.add(session)
    // Unfetched (offline), the tabs learn of each other's changes at the next request instead.
    import('./cart-sync.js').then(
      ({ syncTabs }) => syncTabs(session, `${storageKey}:sync`),
      () => syncing.delete(session),
    )
  }
  return createCheckout({
    adapter: withPaymentMethodTypes(adapter, types),
    session,
    // The `payment-origins` attribute: a space-separated list, as in a CSP's frame-src.
    paymentOrigins: paymentOrigins?.split(/\s+/).filter(Boolean) ?? [],
    storage,
    storageKey: draftKey(storageKey),
  })
}
