import { fireEvent } from '@testing-library/preact'
import { type CheckoutAdapter, createHttpAdapter } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { registerBackend } from '../state/backend-registry.js'
import { clearCartSessions } from '../state/cart-registry.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { resetPage, shadow } from '../testing/dom.js'
import { fakeServer } from '../testing/fake-server.js'

afterEach(() => {
  resetPage()
  vi.unstubAllGlobals()
})

const API = 'https://shop.example/api'

/** The README's merchant HTML: an `api` attribute on all three elements. */
const merchantHtml = `
  <weship-add-to-cart api="${API}" sku="TEE-NAVY-M"></weship-add-to-cart>
  <weship-cart-button api="${API}"></weship-cart-button>
  <weship-checkout api="${API}" locale="en" currency="EUR"></weship-checkout>`

function setAdapter(tag: 'weship-checkout' | 'weship-cart-button', adapter: CheckoutAdapter) {
  const element = document.querySelector(tag)
  if (element) element.adapter = adapter
}

function page() {
  const element = (tag: string) => document.querySelector(tag) as Element
  return {
    addToCart: shadow(element('weship-add-to-cart')),
    cartButton: shadow(element('weship-cart-button')),
    checkout: shadow(element('weship-checkout')),
  }
}

describe("the README's merchant HTML with its developer snippet", () => {
  it('shows one cart on every element, before and after a reload', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeServer(fakeAdapter())))
    document.body.innerHTML = merchantHtml
    // The developer snippet of the README (before registerBackend): an adapter object on the checkout.
    setAdapter('weship-checkout', createHttpAdapter({ baseUrl: API }))
    const { addToCart, cartButton, checkout } = page()
    expect(await checkout.findByText('Your cart is empty')).toBeTruthy()

    fireEvent.click(await addToCart.findByRole('button', { name: 'Add to cart' }))

    expect(await cartButton.findByRole('button', { name: 'Cart, 1 item' })).toBeTruthy()
    expect(await checkout.findByText('Organic cotton tee')).toBeTruthy()

    // A reload: the page's sessions are gone, the remembered cart is not.
    document.body.replaceChildren()
    clearCartSessions()
    document.body.innerHTML = merchantHtml
    setAdapter('weship-checkout', createHttpAdapter({ baseUrl: API }))
    const reloaded = page()
    expect(await reloaded.checkout.findByText('Organic cotton tee')).toBeTruthy()
    expect(await reloaded.cartButton.findByRole('button', { name: 'Cart, 1 item' })).toBeTruthy()
  })
})

describe('one cart per backend', () => {
  it("serves the README's merchant HTML and its registerBackend snippet with one cart", async () => {
    const fetch = vi.fn(fakeServer(fakeAdapter()))
    registerBackend(createHttpAdapter({ baseUrl: API, fetch }))
    document.body.innerHTML = merchantHtml
    const { addToCart, cartButton, checkout } = page()
    fireEvent.click(await addToCart.findByRole('button', { name: 'Add to cart' }))
    expect(await cartButton.findByRole('button', { name: 'Cart, 1 item' })).toBeTruthy()
    expect(await checkout.findByText('Organic cotton tee')).toBeTruthy()
    // The registered adapter does the talking, for the elements that name its backend by `api` too.
    expect(fetch).toHaveBeenCalled()
  })

  it('shares one cart between an api attribute, a registered name and an adapter property', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeServer(fakeAdapter())))
    registerBackend('shop', createHttpAdapter({ baseUrl: `${API}/` }))
    document.body.innerHTML = `
      <weship-add-to-cart backend="shop" sku="TEE-NAVY-M" locale="en"></weship-add-to-cart>
      <weship-cart-button locale="en"></weship-cart-button>
      <weship-checkout api="${API}" locale="en"></weship-checkout>`
    setAdapter('weship-cart-button', createHttpAdapter({ baseUrl: 'HTTPS://SHOP.EXAMPLE/api' }))
    const { addToCart, cartButton, checkout } = page()
    fireEvent.click(await addToCart.findByRole('button', { name: 'Add to cart' }))
    expect(await checkout.findByText('Organic cotton tee')).toBeTruthy()
    expect(await cartButton.findByRole('button', { name: 'Cart, 1 item' })).toBeTruthy()
    expect(localStorage.getItem(`weship:cart:rest:${API}`)).toBe('cart-1')
  })

  it('keeps the cart an earlier release remembered under the api key or the adapter default', async () => {
    const backend = fakeAdapter(cartOf('old-cart', [lineItem('MUG-WHITE', 3)]))
    vi.stubGlobal('fetch', vi.fn(fakeServer(backend)))
    localStorage.setItem(`weship:cart:${API}`, 'old-cart')
    document.body.innerHTML = merchantHtml
    expect(await page().checkout.findByText('Enamel mug')).toBeTruthy()
    expect(localStorage.getItem(`weship:cart:rest:${API}`)).toBe('old-cart')

    resetPage()
    vi.stubGlobal('fetch', vi.fn(fakeServer(backend)))
    localStorage.setItem('weship:cart', 'old-cart')
    document.body.innerHTML = merchantHtml
    expect(await page().checkout.findByText('Enamel mug')).toBeTruthy()
    expect(localStorage.getItem('weship:cart')).toBeNull()
  })

  it('keeps two backends on one page apart', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeServer(fakeAdapter())))
    document.body.innerHTML = `
      <weship-add-to-cart api="${API}" sku="TEE-NAVY-M" locale="en"></weship-add-to-cart>
      <weship-cart-button api="https://outlet.example/api" locale="en"></weship-cart-button>`
    const addToCart = shadow(document.querySelector('weship-add-to-cart') as Element)
    const cartButton = shadow(document.querySelector('weship-cart-button') as Element)
    fireEvent.click(await addToCart.findByRole('button', { name: 'Add to cart' }))
    await addToCart.findByText('Added to cart')
    expect(await cartButton.findByRole('button', { name: 'Cart, 0 items' })).toBeTruthy()
  })
})
