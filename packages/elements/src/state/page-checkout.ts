import { type Checkout, createCheckout, type KeyValueStorage } from '@weship/checkout-core'
import type { PageCart } from './cart-registry.js'

function tabStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined // blocked storage: the draft lives in memory and a reload starts over
  }
}

/**
 * The checkout model over the page's cart. Its draft lives in `sessionStorage`: a reload in this
 * tab resumes where the shopper was, while another tab or tomorrow starts from the cart alone.
 */
export function createPageCheckout({ adapter, session, storageKey }: PageCart): Checkout {
  return createCheckout({
    adapter,
    session,
    storage: tabStorage(),
    storageKey: storageKey.replace(/^weship:cart/, 'weship:checkout'),
  })
}
