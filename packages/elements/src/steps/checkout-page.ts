// What <weship-checkout> fetches when it starts (inline) or opens (drawer): the checkout model
// and every view of it. Product pages with only the buttons never need it.

// The first load has only the cart's title and loading message; the cart step brings the rest.
import cartEnglish from '@weship/checkout-core/locales/en.json?pick=cart,codes,fieldErrors,steps,summary'
// Shared with the order status page (its receipt), so it is bundled once for both.
import receiptEnglish from '@weship/checkout-core/locales/en.json?pick=confirmation'

/** The English of the cart and the summary; the steps after it bring theirs (later-steps.ts). */
export const pageEnglish = { ...cartEnglish, ...receiptEnglish }

export { watchCheckoutEvents } from '../elements/checkout-events.js'
export { createCardProvider } from '../payments/card-provider.js'
export { withDefaultProviders } from '../payments/payment-providers.js'
export { createPageCheckout } from '../state/page-checkout.js'
export { pageStyles } from '../styles/page-styles.js'
export { CheckoutView } from './checkout-view.js'
export { laterStepsModule } from './use-later-steps.js'
