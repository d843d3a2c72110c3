import { within } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { CheckoutElement } from './checkout-element.js'

afterEach(resetPage)

const teeAndMugs = () => cartOf('c1', [lineItem('TEE-NAVY-M', 2), lineItem('MUG-WHITE', 1)])

function mountCheckout(
  attributes: Record<string, string> = {},
  adapter = fakeAdapter(teeAndMugs()),
) {
  const checkout = document.createElement('weship-checkout')
  checkout.adapter = adapter
  for (const [name, value] of Object.entries(attributes)) checkout.setAttribute(name, value)
  document.body.append(checkout)
  return { checkout, view: shadow(checkout) }
}

const text = (element: Element) => element.textContent?.replace(/\s/g, ' ')

describe('<weship-checkout> showing the cart', () => {
  it('lists each line with picture, name, options, quantity and price, then the totals', async () => {
    const { view } = mountCheckout({ cart: 'c1', locale: 'en' })
    const list = await view.findByRole('list', { name: 'Items in your cart' })
    const lines = within(list).getAllByRole('listitem')
    expect(lines).toHaveLength(2)
    expect(view.getByRole('img', { name: 'Organic cotton tee' })).toBeTruthy()
    expect(text(lines[0] as Element)).toBe(
      'Organic cotton teeNavy · M€12.90 eachQuantity of Organic cotton tee−2+Remove€25.80',
    )
    expect(text(lines[1] as Element)).toBe('Enamel mugQuantity of Enamel mug−1+Remove€8.50')
    expect(view.getByText('3 items')).toBeTruthy()
    expect(text(view.getByText('Subtotal').parentElement as Element)).toBe('Subtotal€34.30')
    expect(text(view.getByText('Total').parentElement as Element)).toBe('Total€34.30')
  })

  it('speaks German and formats euros the German way under <html lang="de">', async () => {
    document.documentElement.lang = 'de'
    const { view } = mountCheckout({ cart: 'c1' })
    expect(await view.findByRole('heading', { name: 'Dein Warenkorb' })).toBeTruthy()
    const quantity = await view.findByRole('group', { name: 'Menge von Organic cotton tee' })
    expect(within(quantity).getByRole('status').textContent).toBe('2')
    expect(view.getByText('3 Artikel')).toBeTruthy()
    expect(text(view.getByText('Zwischensumme').parentElement as Element)).toBe(
      'Zwischensumme34,30 €',
    )
    expect(view.getAllByText('25,80 €', { normalizer: (s) => s.replace(/\s/g, ' ') })).toHaveLength(
      1,
    )
  })

  it('formats yen without decimals', async () => {
    const yen = cartOf('y1', [lineItem('MUG-WHITE', 2, 'JPY')], 'JPY')
    const { view } = mountCheckout({ cart: 'y1', locale: 'en' }, fakeAdapter(yen))
    expect(await view.findByText('Subtotal')).toBeTruthy()
    // Line, subtotal and total, plus the total on the summary's narrow-screen toggle.
    expect(view.getAllByText('¥1,700')).toHaveLength(4)
  })

  it('turns right-to-left with Arabic plural forms', async () => {
    const { checkout, view } = mountCheckout({ cart: 'c1', locale: 'ar' })
    expect(await view.findByText('3 منتجات')).toBeTruthy()
    const base = checkout.shadowRoot?.querySelector('[part~="base"]')
    expect(base?.getAttribute('dir')).toBe('rtl')
    expect(base?.getAttribute('lang')).toBe('ar')
  })

  it('says so when the cart is empty, and is ready', async () => {
    const ready = collectEvents<WeshipEventMap['weship-ready']>('weship-ready')
    const { view } = mountCheckout({ locale: 'en' })
    expect(await view.findByText('Your cart is empty')).toBeTruthy()
    expect(ready.map((event) => event.detail)).toEqual([{ element: 'weship-checkout' }])
  })

  it('says so when the remembered cart had expired, instead of a silent empty cart', async () => {
    localStorage.setItem('weship:cart', 'c-expired')
    const { view } = mountCheckout({ locale: 'en' })
    expect(await view.findByText('Your cart is empty')).toBeTruthy()
    expect(view.getByText('Your earlier cart had expired, so it was cleared.')).toBeTruthy()
    expect(localStorage.getItem('weship:cart')).toBeNull()
  })

  it('is busy while the cart loads', async () => {
    const adapter = fakeAdapter(teeAndMugs())
    const getCart = adapter.getCart
    let asked: (answer: () => void) => void = () => undefined
    const answer = new Promise<() => void>((resolve) => (asked = resolve))
    adapter.getCart = (id) => new Promise((resolve) => asked(() => resolve(getCart(id))))
    const { checkout, view } = mountCheckout({ cart: 'c1', locale: 'en' }, adapter)
    const base = () => checkout.shadowRoot?.querySelector('[part~="base"]')
    expect((await view.findByRole('status')).textContent).toBe('Loading your cart…')
    expect(base()?.getAttribute('aria-busy')).toBe('true')
    ;(await answer)()
    expect(await view.findByText('Organic cotton tee')).toBeTruthy()
    expect(base()?.getAttribute('aria-busy')).toBe('false')
  })

  it('re-renders when an attribute changes', async () => {
    const { checkout, view } = mountCheckout({ cart: 'c1', locale: 'en' })
    expect(await view.findByText('Subtotal')).toBeTruthy()
    checkout.locale = 'fr'
    expect(await view.findByText('Sous-total')).toBeTruthy()
  })
})

describe('<weship-checkout> events and methods', () => {
  it('sends events that leave the shadow root', async () => {
    const changes = collectEvents<WeshipEventMap['weship-cart-change']>('weship-cart-change')
    const { checkout, view } = mountCheckout({ cart: 'c1' })
    await view.findByText('Organic cotton tee')
    expect(changes).toHaveLength(1)
    const [change] = changes
    expect(change?.target).toBe(checkout)
    expect(change?.bubbles && change.composed).toBe(true)
    expect(change?.detail.cart?.id).toBe('c1')
  })

  it('remembers the cart it was given and restores it without the attribute', async () => {
    const adapter = fakeAdapter(teeAndMugs())
    const first = mountCheckout({ cart: 'c1' }, adapter)
    await first.view.findByText('Organic cotton tee')
    expect(localStorage.getItem('weship:cart')).toBe('c1')
    first.checkout.remove()
    const again = mountCheckout({}, adapter)
    expect(await again.view.findByText('Organic cotton tee')).toBeTruthy()
  })

  it('reset() forgets the cart', async () => {
    const changes = collectEvents<WeshipEventMap['weship-cart-change']>('weship-cart-change')
    const { checkout, view } = mountCheckout({ cart: 'c1', locale: 'en' })
    await view.findByText('Organic cotton tee')
    checkout.reset()
    expect(await view.findByText('Your cart is empty')).toBeTruthy()
    expect(changes.at(-1)?.detail.cart).toBeNull()
    expect(localStorage.getItem('weship:cart')).toBeNull()
    expect(checkout.hasAttribute('cart')).toBe(false)
  })

  it('open() brings the checkout into view and focuses its heading; close() is harmless', async () => {
    const { checkout, view } = mountCheckout({ cart: 'c1', locale: 'en' })
    const heading = await view.findByRole('heading', { name: 'Your cart' })
    const scroll = vi.spyOn(checkout, 'scrollIntoView')
    checkout.open()
    expect(scroll).toHaveBeenCalled()
    expect(checkout.shadowRoot?.activeElement).toBe(heading)
    expect(() => checkout.close()).not.toThrow()
  })

  it('keeps properties a framework set before the element was defined', async () => {
    const early = document.createElement('weship-checkout-late') as CheckoutElement
    early.adapter = fakeAdapter(teeAndMugs())
    early.setAttribute('cart', 'c1')
    document.body.append(early)
    customElements.define('weship-checkout-late', class extends CheckoutElement {})
    expect(await shadow(early).findByText('Organic cotton tee')).toBeTruthy()
  })

  it('reflects properties to attributes', () => {
    const checkout = document.createElement('weship-checkout')
    checkout.locale = 'es'
    checkout.theme = 'dark'
    checkout.currency = 'EUR'
    expect(checkout.getAttribute('locale')).toBe('es')
    expect(checkout.getAttribute('theme')).toBe('dark')
    checkout.currency = null
    expect(checkout.hasAttribute('currency')).toBe(false)
  })
})
