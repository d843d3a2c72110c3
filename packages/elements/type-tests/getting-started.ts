// The TypeScript of docs/getting-started.md, verbatim (docs-snippets.test.ts checks it): it must compile
// under `strict` against the built package, as a developer would paste it.
import { defineCheckoutElements, registerBackend } from '@weship/checkout'
import { createHttpAdapter } from '@weship/checkout-core'

// Once per page, before or after the elements exist: every element that names no backend uses it.
registerBackend(createHttpAdapter({ baseUrl: 'https://shop.example/api', timeoutMs: 10_000 }))

// Side-effect free until you call it; safe to import during server rendering.
defineCheckoutElements()

const checkout = document.querySelector('weship-checkout')!
checkout.addEventListener('weship-cart-change', (event) => {
  console.log('items in cart', event.detail.cart?.itemCount)
})
checkout.addEventListener('weship-error', (event) => {
  console.warn(event.detail.code, event.detail.reason, event.detail.message)
})
