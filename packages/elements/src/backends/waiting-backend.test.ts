import { fireEvent, waitFor } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineCheckoutElements } from '../define-elements.js'
import { setBackendDeadlinePassed } from '../state/backend-deadline.js'
import { registerBackend } from '../state/backend-registry.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'

// No `define.js` import: this file defines the elements itself, late, as frameworks may.
afterEach(resetPage)

const remembered = () => {
  localStorage.setItem('weship:cart', 'c1')
  return fakeAdapter(cartOf('c1', [lineItem('TEE-NAVY-M', 2)]))
}
const element = (tag: string) => document.querySelector(tag) as HTMLElement
const noAlert = (tag: string) => expect(shadow(element(tag)).queryByRole('alert')).toBeNull()

describe('an element whose backend is not known yet', () => {
  it('is defined after a framework rendered it with adapter="[object Object]", and waits quietly for registerBackend', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    // What React writes for `adapter={obj}` on a tag that is not defined yet.
    document.body.innerHTML = `
      <weship-cart-button adapter="[object Object]" locale="en"></weship-cart-button>
      <weship-checkout adapter="[object Object]" locale="en"></weship-checkout>`
    defineCheckoutElements()
    expect(await shadow(element('weship-checkout')).findByText('Loading your cart…')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 50))
    noAlert('weship-checkout')
    noAlert('weship-cart-button')
    expect(errors).toEqual([])

    registerBackend(remembered())

    expect(await shadow(element('weship-checkout')).findByText('Organic cotton tee')).toBeTruthy()
    expect(
      await shadow(element('weship-cart-button')).findByRole('button', { name: 'Cart, 2 items' }),
    ).toBeTruthy()
    expect(errors).toEqual([])
  })

  it('hydrates from server HTML whether the backend is registered before or after defining', async () => {
    // Server rendering leaves the tags and their string attributes; hydration sets no property.
    document.body.innerHTML = '<weship-checkout locale="en" mode="inline"></weship-checkout>'
    registerBackend(remembered())
    defineCheckoutElements()
    expect(await shadow(element('weship-checkout')).findByText('Organic cotton tee')).toBeTruthy()
  })

  it('connects when the backend is registered after the elements were defined and rendered', async () => {
    defineCheckoutElements()
    document.body.innerHTML = '<weship-checkout locale="en"></weship-checkout>'
    await shadow(element('weship-checkout')).findByText('Loading your cart…')
    registerBackend(remembered())
    expect(await shadow(element('weship-checkout')).findByText('Organic cotton tee')).toBeTruthy()
  })

  it('says it has none once the page had its time, and recovers when one is registered', async () => {
    defineCheckoutElements()
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    document.body.innerHTML = '<weship-checkout locale="en" backend="eu-shop"></weship-checkout>'
    await shadow(element('weship-checkout')).findByText('Loading your cart…')
    setBackendDeadlinePassed(true)
    const alert = await shadow(element('weship-checkout')).findByRole('alert')
    expect(alert.textContent).toContain('no backend is registered as "eu-shop"')
    expect(errors.map((event) => event.detail)).toMatchObject([
      { code: 'CONFIG', reason: 'unknown_backend' },
    ])
    registerBackend('eu-shop', remembered())
    expect(await shadow(element('weship-checkout')).findByText('Organic cotton tee')).toBeTruthy()
    noAlert('weship-checkout')
  })

  it('adds a click made while waiting once the backend is known, once', async () => {
    defineCheckoutElements()
    document.body.innerHTML =
      '<weship-add-to-cart locale="en" sku="MUG-WHITE"></weship-add-to-cart>'
    const view = shadow(element('weship-add-to-cart'))
    fireEvent.click(await view.findByRole('button', { name: 'Add to cart' }))
    expect(await view.findByRole('button', { name: 'Adding…' })).toBeTruthy()
    const backend = fakeAdapter()
    const create = vi.spyOn(backend, 'createCart')
    registerBackend(backend)
    expect(await view.findByText('Added to cart')).toBeTruthy()
    await waitFor(() => expect(create).toHaveBeenCalledOnce())
  })
})
