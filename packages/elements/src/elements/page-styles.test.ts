import { afterEach, expect, it } from 'vitest'
import '../define.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { resetPage, shadow } from '../testing/dom.js'

afterEach(resetPage)

// Which rules each sheet holds is checked in Chromium (script-tag.browser.test.ts): happy-dom
// does not parse CSS.
it("adopts the page chunks' sheet for the checkout only; the buttons keep the frame's alone", async () => {
  const adapter = fakeAdapter(cartOf('c1', [lineItem('TEE-NAVY-M', 1)]))
  localStorage.setItem('weship:cart', 'c1')
  const button = document.createElement('weship-add-to-cart')
  Object.assign(button, { adapter, sku: 'TEE-NAVY-M' })
  const checkout = document.createElement('weship-checkout')
  Object.assign(checkout, { adapter })
  document.body.append(button, checkout)
  await shadow(checkout).findByRole('heading', { name: 'Your cart' })

  const buttonSheets = button.shadowRoot?.adoptedStyleSheets ?? []
  const checkoutSheets = checkout.shadowRoot?.adoptedStyleSheets ?? []
  expect(buttonSheets).toHaveLength(1)
  expect(checkoutSheets).toHaveLength(2)
  expect(checkoutSheets[0]).toBe(buttonSheets[0])
})
