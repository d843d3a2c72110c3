// What <weship-order-status> fetches when it connects: product and checkout pages never need it.
// Each pick of en.json is imported the same way wherever it is needed, so it is bundled once.
import receiptEnglish from '@weship/checkout-core/locales/en.json?pick=confirmation'
// The account offer's refusals (a blank or too common password) are the checkout's field errors.
import fieldErrorEnglish from '@weship/checkout-core/locales/en.json?pick=fieldErrors'
import orderStatusEnglish from '@weship/checkout-core/locales/en.json?pick=orderStatus'
import estimateEnglish from '@weship/checkout-core/locales/en.json?pick=shipping'
import orderStatusStyles from '../styles/order-status.css?inline'
import { pageStyles as sharedPageStyles } from '../styles/page-styles.js'
// Shared with the confirmation: the receipt and the delivery address.
import receiptStyles from '../styles/receipt.css?inline'

export { openOrderStatus } from './open-order-status.js'
export { OrderStatusView } from './order-status-view.js'

export const pageEnglish = {
  ...orderStatusEnglish,
  ...receiptEnglish,
  ...estimateEnglish,
  ...fieldErrorEnglish,
}
export const pageStyles = [...sharedPageStyles, receiptStyles, orderStatusStyles]
