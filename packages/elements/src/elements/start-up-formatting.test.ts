import { afterEach, expect, it, vi } from 'vitest'
import '../define.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { resetPage, shadow } from '../testing/dom.js'

afterEach(resetPage)

// The browser's first number formatter loads ICU data: a long task at 4× CPU (ADR 0009).
it('loads number formatting for a checkout, never for the buttons alone', async () => {
  const formatters = vi.spyOn(Intl, 'NumberFormat')
  const adapter = fakeAdapter(cartOf('c1', [lineItem('TEE-NAVY-M', 3)]))
  localStorage.setItem('weship:cart', 'c1')
  const cartButton = document.createElement('weship-cart-button')
  const addToCart = document.createElement('weship-add-to-cart')
  Object.assign(cartButton, { adapter })
  Object.assign(addToCart, { adapter, sku: 'TEE-NAVY-M' })
  document.body.append(cartButton, addToCart)
  await shadow(cartButton).findByRole('button', { name: 'Cart, 3 items' })
  await shadow(addToCart).findByRole('button', { name: 'Add to cart' })
  // Past every start-up task of both buttons.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(formatters).not.toHaveBeenCalled()

  const checkout = document.createElement('weship-checkout')
  Object.assign(checkout, { adapter })
  document.body.append(checkout)
  await vi.waitFor(() => expect(formatters).toHaveBeenCalled())
})
