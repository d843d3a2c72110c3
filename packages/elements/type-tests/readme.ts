// The TypeScript of README.md ("Developers"), verbatim (docs-snippets.test.ts checks it): it must compile
// under `strict` against the built package, as a developer would paste it.
import { defineCheckoutElements, registerBackend } from '@weship/checkout'
import { createHttpAdapter } from '@weship/checkout-core'

registerBackend(createHttpAdapter({ baseUrl: 'https://shop.example/api', timeoutMs: 10_000 }))
defineCheckoutElements()
document.addEventListener('weship-cart-change', (event) => console.log(event.detail.cart))
