// What <weship-checkout> fetches when it starts (inline) or opens (drawer): the checkout model
// and every view of it. Product pages with only the buttons never need it.

// The first load has only the cart's title and loading message; the cart step brings the rest.
import pageEnglishPick from '@weship/checkout-core/locales/en.json?pick=cart,codes,fieldErrors,steps,summary'

/**
 * The English of the cart and the summary (the first load has only the cart's loading state);
 * the steps after it bring theirs, the receipt's too (later-steps.ts).
 */
export const pageEnglish = pageEnglishPick

export { watchCheckoutEvents } from '../elements/checkout-events.js'
export { createCardProvider } from '../payments/card-provider.js'
export { withDefaultProviders } from '../payments/payment-providers.js'
export { createPageCheckout } from '../state/page-checkout.js'
export { pageStyles } from '../styles/page-styles.js'
export { CheckoutView } from './checkout-view.js'
export { laterStepsModule } from './use-later-steps.js'
