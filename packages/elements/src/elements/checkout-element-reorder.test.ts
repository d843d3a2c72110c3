import { fireEvent, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import '../define.js'
import { resetPage, shadow } from '../testing/dom.js'
import { placedOrder } from '../testing/placed-order.js'

afterEach(() => {
  history.replaceState(null, '', '/')
  resetPage()
})

type Placed = Awaited<ReturnType<typeof placedOrder>>

function openShop(placed: Placed, url: string, mode?: 'drawer') {
  history.replaceState(null, '', url)
  const element = document.createElement('weship-checkout')
  element.adapter = placed.adapter
  element.setAttribute('locale', 'en')
  if (mode) element.setAttribute('mode', mode)
  document.body.append(element)
  return element
}

describe('<weship-checkout> with a "Buy again" link', () => {
  it('fills a new cart with the order’s items and says what it could not add', async () => {
    const placed = await placedOrder({
      skus: ['COTTON-TEE-WHITE-M', 'TRUCKER-CAP-NAVY', 'LINEN-OVERSHIRT-OLIVE-L'],
      quantity: 2,
    })
    localStorage.setItem('weship:cart', 'an-older-cart')
    const link = placed.engine.createReorderLink(placed.order.id, placed.statusToken)
    const element = openShop(placed, `/shop?weship_reorder=${link.token}&utm_source=mail`)
    const view = shadow(element)

    expect(await view.findByText('3 items')).toBeTruthy()
    const notice = element.shadowRoot?.querySelector('[part~="reorder-notice"]')
    expect(notice?.getAttribute('role')).toBe('status')
    expect(notice?.textContent).toContain('Some items from your order could not be added')
    expect(notice?.textContent).toContain('Waxed Trucker Cap: only 1 of 2 in stock, added')
    expect(notice?.textContent).toContain('Linen Overshirt: sold out')
    // The token is used once and leaves the address bar; the new cart is the remembered one.
    expect(location.search).toBe('?utm_source=mail')
    const cartId = localStorage.getItem('weship:cart')
    expect(cartId).not.toBe('an-older-cart')
    expect(placed.engine.getCart(cartId ?? '').items.map((item) => item.sku)).toEqual([
      'COTTON-TEE-WHITE-M',
      'TRUCKER-CAP-NAVY',
    ])

    // The shopper's next change answers the notice.
    fireEvent.click(view.getByRole('button', { name: /Remove Waxed Trucker Cap/ }))
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('[part~="reorder-notice"]')).toBeNull(),
    )
  })

  it('says an expired link expired and shows the cart the shopper had', async () => {
    const placed = await placedOrder()
    const own = placed.engine.createCart({
      currency: 'EUR',
      items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }],
    })
    localStorage.setItem('weship:cart', own.id)
    const element = openShop(placed, '/shop?weship_reorder=no-such-token')
    const view = shadow(element)
    expect(await view.findByText('1 item')).toBeTruthy()
    expect(element.shadowRoot?.querySelector('[part~="reorder-notice"]')?.textContent).toBe(
      'This “Buy again” link has expired. Your cart is as you left it.',
    )
    expect(localStorage.getItem('weship:cart')).toBe(own.id)
  })

  it('opens the drawer on the new cart', async () => {
    const placed = await placedOrder()
    const link = placed.engine.createReorderLink(placed.order.id, placed.statusToken)
    const element = openShop(placed, `/shop?weship_reorder=${link.token}`, 'drawer')
    await waitFor(() => expect(element.shadowRoot?.querySelector('dialog[open]')).toBeTruthy())
    expect(await shadow(element).findByText('1 item')).toBeTruthy()
  })
})
