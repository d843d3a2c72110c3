// docs/adapters/vendure.md, verbatim (docs-snippets.test.ts).

import { createVendureAdapter } from '@weship/adapter-vendure'
import { defineCheckoutElements, registerBackend } from '@weship/checkout'

registerBackend(createVendureAdapter({ shopApiUrl: 'https://shop.example/shop-api' }))
defineCheckoutElements()
// <weship-add-to-cart sku="…"> takes Vendure SKUs.
