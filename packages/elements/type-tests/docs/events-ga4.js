// docs/events.md, GA4 block, verbatim (docs-snippets.test.ts): checked as a page's JavaScript,
// with gtag declared in context.d.ts.
import '@weship/checkout'

/** @param {import('@weship/checkout-core').Money} money */
const decimals = (money) =>
  money.amount /
  10 **
    (new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2)

/** @param {import('@weship/checkout-core').Cart['items']} lines */
const items = (lines) =>
  lines.map((line) => ({
    item_id: line.sku,
    item_name: line.name,
    item_variant: Object.values(line.options).join(' / '),
    price: decimals(line.unitPrice),
    quantity: line.quantity,
  }))

document.addEventListener('weship-step-change', ({ detail: { step, previous, cart } }) => {
  if (!cart) return
  const common = { currency: cart.currency, value: decimals(cart.total), items: items(cart.items) }
  if (previous === 'cart' && step === 'contact') gtag('event', 'begin_checkout', common)
  if (step === 'payment')
    gtag('event', 'add_shipping_info', { ...common, shipping_tier: cart.shippingOptionId })
  if (step === 'review') gtag('event', 'add_payment_info', common)
})

document.addEventListener('weship-order-placed', ({ detail: { order } }) => {
  const { receipt } = order
  gtag('event', 'purchase', {
    transaction_id: order.number,
    currency: receipt.currency,
    value: decimals(receipt.total),
    shipping: decimals(receipt.shipping),
    tax: receipt.tax ? decimals(receipt.tax.amount) : 0,
    coupon: receipt.discounts
      .map((discount) => discount.code)
      .filter(Boolean)
      .join(','),
    items: items(receipt.items),
  })
})
