// The page's only script: one Vendure adapter, registered once for every WeShip element on the
// page, however late each is created. (script-tag.html does the same with attributes alone.)

import { createVendureAdapter } from '@weship/adapter-vendure'
import { defineCheckoutElements, registerBackend } from '@weship/checkout'
import { formatMoney } from '@weship/checkout-core'

/** Where the demo started Vendure (a meta tag it adds); a real store names its own Shop API. */
const shopApiUrl =
  document.querySelector<HTMLMetaElement>('meta[name="vendure-shop-api"]')?.content ||
  'http://127.0.0.1:3050/shop-api'
// Vendure's dummy payment handler takes no card: as an `invoice` method the widget asks no fields.
const adapter = createVendureAdapter({
  shopApiUrl,
  paymentMethodTypes: { 'standard-payment': 'invoice' },
})

/** A few of Vendure's sample products, by SKU. */
const featured = ['A23334x30', 'B07CNGXVXT', 'IC22MWDD', 'CMK32GX4M2AC08']

registerBackend(adapter)
defineCheckoutElements()

async function showProducts(list: HTMLElement) {
  const products = await adapter.listProducts('USD')
  for (const product of products) {
    for (const variant of product.variants.filter((v) => featured.includes(v.sku))) {
      const item = document.createElement('li')
      item.className = 'product'
      const name = document.createElement('h2')
      name.textContent = product.name
      const price = document.createElement('p')
      const options = Object.values(variant.options).join(', ')
      price.textContent = `${options ? `${options} — ` : ''}${formatMoney(variant.price, 'en-US')} before tax`
      const button = document.createElement('weship-add-to-cart')
      button.setAttribute('sku', variant.sku)
      button.setAttribute('theme', 'auto')
      item.append(name, price, button)
      list.append(item)
    }
  }
}

const list = document.getElementById('products')
if (list) {
  showProducts(list).catch((error: unknown) => {
    list.textContent = `Vendure did not answer: ${error instanceof Error ? error.message : error}`
  })
}
