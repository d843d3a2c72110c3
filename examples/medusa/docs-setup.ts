// The setup snippet of docs/adapters/medusa.md, compiled by this example's typecheck.
import '@weship/checkout/define'
import { createMedusaAdapter } from '@weship/adapter-medusa'

const adapter = createMedusaAdapter({
  baseUrl: 'https://shop.example',
  publishableKey: 'pk_…',
})
// A property on each element (objects cannot be attributes); `sku` attributes are Medusa SKUs.
for (const checkout of document.querySelectorAll('weship-checkout')) checkout.adapter = adapter
for (const button of document.querySelectorAll('weship-add-to-cart')) button.adapter = adapter
for (const button of document.querySelectorAll('weship-cart-button')) button.adapter = adapter
