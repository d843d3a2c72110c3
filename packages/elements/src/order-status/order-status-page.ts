// What <weship-order-status> fetches when it connects: product and checkout pages never need it.
export { createOrderStatusModel } from '../state/order-status-model.js'
export { default as orderStatusStyles } from '../styles/order-status.css?inline'
export { OrderStatusView } from './order-status-view.js'
