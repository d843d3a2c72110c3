// The page's only script: one Medusa adapter, handed to every WeShip element as a property.
import '@weship/checkout/define'
import { createMedusaAdapter } from '@weship/adapter-medusa'
import { formatMoney } from '@weship/checkout-core'

/** What the demo started (meta tags it adds); a real store names its own server and key. */
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? ''
const adapter = createMedusaAdapter({
  baseUrl: meta('medusa-url') || 'http://127.0.0.1:9000',
  publishableKey: meta('medusa-publishable-key'),
  // Medusa's system provider takes no card: shown as a manual payment, the widget asks no fields.
  paymentProviders: ['pp_system_default'],
})
const currencies = ['EUR', 'USD', 'JPY', 'KWD', 'BHD']
const asked = new URLSearchParams(location.search).get('currency')?.toUpperCase() ?? ''
const currency = currencies.includes(asked) ? asked : 'EUR'

for (const element of document.querySelectorAll('weship-checkout')) {
  element.setAttribute('currency', currency)
  element.adapter = adapter
}
for (const element of document.querySelectorAll('weship-cart-button')) element.adapter = adapter

async function showProducts(list: HTMLElement) {
  for (const product of await adapter.listProducts(currency)) {
    for (const variant of product.variants) {
      const item = document.createElement('li')
      item.className = 'product'
      const name = document.createElement('h2')
      name.textContent = product.name
      const price = document.createElement('p')
      const options = Object.values(variant.options).join(', ')
      price.textContent = `${options ? `${options} — ` : ''}${formatMoney(variant.price, 'en')}`
      const button = document.createElement('weship-add-to-cart')
      button.setAttribute('sku', variant.sku)
      button.setAttribute('currency', currency)
      button.adapter = adapter
      item.append(name, price, button)
      list.append(item)
    }
  }
}

const list = document.getElementById('products')
if (list) {
  showProducts(list).catch((error: unknown) => {
    list.textContent = `Medusa did not answer: ${error instanceof Error ? error.message : error}`
  })
}
