// docs/events.md, first block, verbatim (docs-snippets.test.ts): checked as a page's JavaScript.
import '@weship/checkout'

document.addEventListener('weship-order-placed', (event) => {
  console.log('Order', event.detail.order.number, event.detail.order.receipt.total)
})
