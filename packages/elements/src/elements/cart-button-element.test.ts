import { fireEvent } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { setBackendDeadlinePassed } from '../state/backend-deadline.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'

afterEach(resetPage)

const threeItems = () => fakeAdapter(cartOf('c1', [lineItem('TEE-NAVY-M', 3)]))

function mountCartButton(locale: string, adapter = threeItems()) {
  localStorage.setItem('weship:cart', 'c1')
  const button = document.createElement('weship-cart-button')
  button.adapter = adapter
  button.locale = locale
  document.body.append(button)
  return shadow(button)
}

describe('<weship-cart-button>', () => {
  it('shows the item count and says it in its name', async () => {
    const ready = collectEvents<WeshipEventMap['weship-ready']>('weship-ready')
    const view = mountCartButton('en')
    const button = await view.findByRole('button', { name: 'Cart, 3 items' })
    expect(button.textContent).toBe('Cart3')
    expect(ready.map((event) => event.detail.element)).toEqual(['weship-cart-button'])
  })

  it.each([
    ['de', 'Warenkorb, 3 Artikel'],
    ['ar', 'السلة، 3 منتجات'],
  ])('names itself in %s', async (locale, name) => {
    const view = mountCartButton(locale)
    expect(await view.findByRole('button', { name })).toBeTruthy()
  })

  it('opens the first checkout on the page', async () => {
    const adapter = threeItems()
    localStorage.setItem('weship:cart', 'c1')
    const checkout = document.createElement('weship-checkout')
    checkout.adapter = adapter
    document.body.append(checkout)
    const open = vi.spyOn(checkout, 'open')
    const view = mountCartButton('en', adapter)
    fireEvent.click(await view.findByRole('button', { name: 'Cart, 3 items' }))
    expect(open).toHaveBeenCalledOnce()
  })

  it('does nothing harmful without a checkout on the page', async () => {
    const view = mountCartButton('en')
    const button = await view.findByRole('button', { name: 'Cart, 3 items' })
    expect(() => fireEvent.click(button)).not.toThrow()
  })

  it('says, in the page language, that it has no backend once the page had time to give one', async () => {
    setBackendDeadlinePassed(true)
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    document.body.innerHTML = '<weship-cart-button locale="fr"></weship-cart-button>'
    const view = shadow(document.querySelector('weship-cart-button') as Element)
    expect((await view.findByRole('alert')).textContent).toContain('pas configuré correctement')
    expect(errors[0]?.detail).toMatchObject({ code: 'CONFIG', reason: 'missing_api' })
  })
})
