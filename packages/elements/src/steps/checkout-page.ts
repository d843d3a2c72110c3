// What <weship-checkout> fetches when it starts (inline) or opens (drawer): the checkout model
// and every view of it. Product pages with only the buttons never need it.

import { type Checkout, isPaymentInFlight } from '@weship/checkout-core'
// The first load has only the cart's title and loading message; the cart step brings the rest.
import cartEnglish from '@weship/checkout-core/locales/en.json?pick=cart,cartStep,codes,errors.cancelled,errors.conflict,errors.paymentDeclined,errors.reasons.cart_already_ordered,errors.reasons.cart_not_found,fieldErrors,steps,summary&omit=cart.loading,cart.title'

/**
 * The English of the cart and the summary (the first load has only the cart's loading state);
 * the steps after it bring theirs, the receipt's too (later-steps.ts).
 */
export const pageEnglish = cartEnglish

/** The drawer may close, except while a payment is on its way (Esc included). */
export const mayCloseDrawer = (checkout: Checkout): boolean =>
  !isPaymentInFlight(checkout.paymentStatus.peek())

export { watchCheckoutEvents } from '../elements/checkout-events.js'
export { lazyCardProvider as createCardProvider } from '../payments/lazy-card-provider.js'
export { withDefaultProviders } from '../payments/payment-providers.js'
export { createPageCheckout } from '../state/page-checkout.js'
export { pageStyles } from '../styles/page-styles.js'
export { reorderCart } from './cart/buy-again-module.js'
export { CheckoutView } from './checkout-view.js'
export { laterStepsModule } from './use-later-steps.js'
