// The TypeScript of docs/getting-started.md, verbatim (docs-snippets.test.ts checks it): it must compile
// under `strict` against the built package, as a developer would paste it.
import { defineCheckoutElements } from '@weship/checkout'
import { createHttpAdapter } from '@weship/checkout-core'

// Side-effect free until you call it; safe to import during server rendering.
defineCheckoutElements()

const checkout = document.querySelector('weship-checkout')!
// An adapter object is set as a property; it wins over the `api` attribute.
checkout.adapter = createHttpAdapter({ baseUrl: 'https://shop.example/api', timeoutMs: 10_000 })

checkout.addEventListener('weship-cart-change', (event) => {
  console.log('items in cart', event.detail.cart?.itemCount)
})
checkout.addEventListener('weship-error', (event) => {
  console.warn(event.detail.code, event.detail.reason, event.detail.message)
})
