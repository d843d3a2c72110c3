import { describe, expect, expectTypeOf, it } from 'vitest'
import './define.js'
import type { BackendElement, CheckoutErrorCode, WeshipErrorDetail } from './index.js'
import { fakeAdapter } from './testing/cart-fixtures.js'

// Compiled by `tsc -p packages/elements/tsconfig.json`: each @ts-expect-error pins a misuse down.
describe('public types', () => {
  it('type tags, properties and event details', () => {
    const checkout = document.createElement('weship-checkout')
    checkout.theme = 'dark'
    // @ts-expect-error themes are light, dark or auto
    checkout.theme = 'blue'
    // @ts-expect-error an adapter is an object with the CheckoutAdapter methods
    checkout.adapter = 'https://shop.example/api'
    // @ts-expect-error events are dispatched by the element, not by its users
    checkout.emit('weship-ready', { element: 'weship-checkout' })
    expectTypeOf(document.createElement('weship-add-to-cart').quantity).toEqualTypeOf<number>()

    document.addEventListener('weship-error', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<WeshipErrorDetail>()
      expectTypeOf(event.detail.code).toEqualTypeOf<CheckoutErrorCode>()
    })
    checkout.addEventListener('weship-cart-change', (event) => {
      expectTypeOf(event.detail.cart?.total.amount).toEqualTypeOf<number | undefined>()
    })
    expect(checkout.getAttribute('theme')).toBe('blue')
  })

  it('type every element that talks to the shop by their exported base class', () => {
    document.body.innerHTML =
      '<weship-checkout></weship-checkout><weship-add-to-cart sku="A"></weship-add-to-cart>'
    const adapter = fakeAdapter()
    const elements = document.querySelectorAll<BackendElement>(
      'weship-checkout, weship-add-to-cart',
    )
    for (const element of elements) element.adapter = adapter
    expect([...elements].map((element) => element.adapter)).toEqual([adapter, adapter])
    document.body.innerHTML = ''
  })
})
