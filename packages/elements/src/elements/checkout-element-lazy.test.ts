import { afterEach, expect, it, vi } from 'vitest'
import '../define.js'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { resetPage, shadow } from '../testing/dom.js'
import type { CheckoutElement } from './checkout-element.js'

// The checkout's model and views are a chunk of their own; count when it is fetched.
const fetched = vi.hoisted(() => ({ count: 0 }))
vi.mock('../steps/checkout-page.js', async (importOriginal) => {
  fetched.count += 1
  return importOriginal()
})

afterEach(() => {
  resetPage()
  vi.unstubAllGlobals()
})

it('leaves the code of a closed drawer for an idle moment, and fetches it at once on open()', async () => {
  // An idle moment that never comes: only open() may fetch the checkout.
  vi.stubGlobal('requestIdleCallback', () => 1)
  vi.stubGlobal('cancelIdleCallback', () => undefined)
  const element = document.createElement('weship-checkout') as CheckoutElement
  element.adapter = fakeAdapter()
  element.setAttribute('mode', 'drawer')
  element.setAttribute('locale', 'en')
  document.body.append(element)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(fetched.count).toBe(0)

  element.open()
  const view = shadow(element)
  expect(await view.findByText('Your cart is empty')).toBeTruthy()
  expect(fetched.count).toBe(1)
})
