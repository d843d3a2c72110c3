import { fireEvent } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { fakeServer } from '../testing/fake-server.js'

afterEach(() => {
  resetPage()
  vi.unstubAllGlobals()
})

const API = 'https://shop.test/api/checkout'

/** A product page: cart button in the header, a product card, the checkout below. */
function productPage(backend = fakeAdapter()) {
  vi.stubGlobal('fetch', vi.fn(fakeServer(backend)))
  document.documentElement.lang = 'en'
  document.body.innerHTML = `
    <header><weship-cart-button api="${API}"></weship-cart-button></header>
    <article><weship-add-to-cart api="${API}" sku="TEE-NAVY-M" quantity="2"></weship-add-to-cart></article>
    <weship-checkout api="${API}"></weship-checkout>`
  const element = (tag: string) => document.querySelector(tag) as Element
  return {
    cartButton: shadow(element('weship-cart-button')),
    addToCart: shadow(element('weship-add-to-cart')),
    checkout: shadow(element('weship-checkout')),
    addToCartElement: element('weship-add-to-cart'),
  }
}

describe('<weship-add-to-cart>', () => {
  it('updates the checkout and the cart button on the same page', async () => {
    const changes = collectEvents<WeshipEventMap['weship-cart-change']>('weship-cart-change')
    const page = productPage()
    expect(await page.checkout.findByText('Your cart is empty')).toBeTruthy()
    expect(await page.cartButton.findByRole('button', { name: 'Cart, 0 items' })).toBeTruthy()

    fireEvent.click(page.addToCart.getByRole('button', { name: 'Add 2 to cart' }))

    expect(await page.checkout.findByText('Organic cotton tee')).toBeTruthy()
    const quantity = page.checkout.getByRole('group', { name: 'Quantity of Organic cotton tee' })
    expect(quantity.textContent).toContain('2')
    expect(page.cartButton.getByRole('button', { name: 'Cart, 2 items' })).toBeTruthy()
    // Said, and seen too: the header's badge may be out of view.
    const added = await page.addToCart.findByText('Added 2 to cart')
    expect(added.getAttribute('role')).toBe('status')
    expect(added.className).not.toContain('visually-hidden')
    expect(changes.some((event) => event.target === page.addToCartElement)).toBe(true)
    expect(localStorage.getItem(`weship:cart:rest:${API}`)).toBe('cart-1')
  })

  it('is busy while adding and ignores a second click', async () => {
    const backend = fakeAdapter()
    const page = productPage(backend)
    await page.checkout.findByText('Your cart is empty')
    const create = vi.spyOn(backend, 'createCart')
    const button = page.addToCart.getByRole('button', { name: 'Add 2 to cart' })
    fireEvent.click(button)
    const busy = await page.addToCart.findByRole('button', { name: 'Adding…' })
    expect(busy.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(busy)
    await page.addToCart.findByText('Added 2 to cart')
    expect(create).toHaveBeenCalledTimes(1)
  })

  it('adds to the remembered cart instead of starting another', async () => {
    const backend = fakeAdapter()
    const first = await backend.createCart({ items: [{ sku: 'MUG-WHITE', quantity: 1 }] })
    localStorage.setItem(`weship:cart:rest:${API}`, first.id)
    const page = productPage(backend)
    fireEvent.click(await page.addToCart.findByRole('button', { name: 'Add 2 to cart' }))
    expect(await page.cartButton.findByRole('button', { name: 'Cart, 3 items' })).toBeTruthy()
    expect(await page.checkout.findByText('Enamel mug')).toBeTruthy()
  })

  it('shows and reports a failed add, and lets the shopper try again', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    const backend = fakeAdapter()
    const page = productPage(backend)
    await page.checkout.findByText('Your cart is empty')
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    )
    fireEvent.click(page.addToCart.getByRole('button', { name: 'Add 2 to cart' }))
    const alert = await page.addToCart.findByRole('alert')
    expect(alert.textContent).toMatch(/couldn't reach the shop/)
    expect(errors.find((event) => event.target === page.addToCartElement)?.detail.code).toBe(
      'NETWORK',
    )

    vi.stubGlobal('fetch', vi.fn(fakeServer(backend)))
    fireEvent.click(page.addToCart.getByRole('button', { name: 'Add 2 to cart' }))
    expect(await page.addToCart.findByText('Added 2 to cart')).toBeTruthy()
    expect(page.addToCart.queryByRole('alert')).toBeNull()
  })

  it('fails fast without a sku', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    document.body.innerHTML = `<weship-add-to-cart api="${API}" locale="de"></weship-add-to-cart>`
    const view = shadow(document.querySelector('weship-add-to-cart') as Element)
    expect((await view.findByRole('alert')).textContent).toContain('nicht richtig eingerichtet')
    expect(view.queryByRole('button')).toBeNull()
    expect(errors[0]?.detail).toMatchObject({ code: 'CONFIG', reason: 'invalid_sku' })
  })

  it('refuses a quantity that is not a whole number from 1 to 999', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    document.body.innerHTML = `<weship-add-to-cart api="${API}" sku="TEE-NAVY-M" quantity="1.5"></weship-add-to-cart>`
    await vi.waitFor(() => expect(errors).toHaveLength(1))
    expect(errors[0]?.detail).toMatchObject({ code: 'CONFIG', reason: 'invalid_quantity' })
  })
}, 10_000)
