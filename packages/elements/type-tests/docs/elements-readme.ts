// packages/elements/README.md, verbatim (docs-snippets.test.ts).
import { defineCheckoutElements, registerBackend } from '@weship/checkout'
import { createHttpAdapter } from '@weship/checkout-core'

// Once per page, before or after the elements render (server rendering included).
registerBackend(createHttpAdapter({ baseUrl: 'https://shop.example/api' }))
defineCheckoutElements()
document.addEventListener('weship-order-placed', (event) => console.log(event.detail.order.id))
