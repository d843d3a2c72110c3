import { lazyModule } from './lazy-module.js'
import { withPageAssets } from './page-assets.js'

/** The checkout's model and views: fetched at start (inline), or when idle or opened (drawer). */
export const checkoutPage = lazyModule('The checkout', () =>
  import('../steps/checkout-page.js').then(withPageAssets),
)
