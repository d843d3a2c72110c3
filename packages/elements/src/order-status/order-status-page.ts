// What <weship-order-status> fetches when it connects: product and checkout pages never need it.
import orderStatusStyles from '../styles/order-status.css?inline'
import { pageStyles as sharedPageStyles } from '../styles/page-styles.js'

export { createOrderStatusModel } from '@weship/checkout-core'
export { pageEnglish } from '../i18n/page-english.js'
export { OrderStatusView } from './order-status-view.js'

export const pageStyles = [...sharedPageStyles, orderStatusStyles]
