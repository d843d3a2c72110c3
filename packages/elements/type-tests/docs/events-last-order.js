// docs/events.md, the order's whole record, verbatim (docs-snippets.test.ts): a page's JavaScript.
import '@weship/checkout'

const checkout = document.querySelector('weship-checkout')
checkout?.addEventListener('weship-order-placed', () => {
  const order = checkout.lastOrder // the whole Order: email, addresses, statusToken, receipt
  if (!order) return
  fetch('/my-crm/orders', {
    method: 'POST',
    body: JSON.stringify({ number: order.number, email: order.email }),
  })
})
