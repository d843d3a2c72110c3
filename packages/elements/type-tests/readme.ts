// The TypeScript of README.md ("Developers"), verbatim (docs-snippets.test.ts checks it): it must compile
// under `strict` against the built package, as a developer would paste it.
import { defineCheckoutElements } from '@weship/checkout'
import { createHttpAdapter } from '@weship/checkout-core'

defineCheckoutElements()
const checkout = document.querySelector('weship-checkout')!
checkout.adapter = createHttpAdapter({ baseUrl: 'https://shop.example/api' })
checkout.addEventListener('weship-cart-change', (event) => console.log(event.detail.cart))
