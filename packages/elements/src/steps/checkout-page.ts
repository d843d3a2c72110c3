// What <weship-checkout> fetches when it starts (inline) or opens (drawer): the checkout model
// and every view of it. Product pages with only the buttons never need it.

export { pageEnglish } from '../i18n/page-english.js'
export { withDefaultProviders } from '../payments/payment-providers.js'
export { createPageCheckout } from '../state/page-checkout.js'
export { pageStyles } from '../styles/page-styles.js'
export { CheckoutView } from './checkout-view.js'
