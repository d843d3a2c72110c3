import { type Checkout, createCheckout } from '@weship/checkout-core'
import { browserStorage } from './browser-storage.js'
import type { PageCart } from './cart-registry.js'

/**
 * The checkout model over the page's cart. Its draft lives in `sessionStorage`: a reload in this
 * tab resumes where the shopper was, while another tab or tomorrow starts from the cart alone.
 */
export function createPageCheckout({ adapter, session, storageKey }: PageCart): Checkout {
  return createCheckout({
    adapter,
    session,
    storage: browserStorage('sessionStorage'),
    storageKey: storageKey.replace(/^weship:cart/, 'weship:checkout'),
  })
}
