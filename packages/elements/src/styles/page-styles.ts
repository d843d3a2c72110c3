import cart from './cart.css?inline'
import fields from './fields.css?inline'
import layout from './layout.css?inline'

/**
 * The rules a whole page needs, the checkout's or the order status page's: forms, the cart and
 * summary rows, the two-column layout. Each page's chunk adds them (`addStyles`) before its own,
 * so a product page with only the buttons never parses them.
 */
export const pageStyles = [fields, cart, layout]
