import { render } from 'preact'
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest'
import './define.js'
import type { CheckoutStep as Step, WeshipErrorDetail } from '@weship/checkout-core'
import { CartButtonElement } from './elements/cart-button-element.js'
import { CheckoutElement } from './elements/checkout-element.js'
import { OrderStatusElement } from './elements/order-status-element.js'
import type { WeshipElementAttributes } from './jsx-preact.js'
import { fakeAdapter } from './testing/cart-fixtures.js'
import { resetPage } from './testing/dom.js'

afterEach(resetPage)

// Compiled by `tsc -p packages/elements/tsconfig.json`: each @ts-expect-error pins a misuse down.
describe('Preact JSX typings', () => {
  it('accept the documented attributes and the adapter property', () => {
    const adapter = fakeAdapter()
    render(
      <main>
        <weship-cart-button api="/api/checkout" theme="auto" />
        <weship-add-to-cart api="/api/checkout" sku="TEE-NAVY-M" quantity={2} locale="de" />
        <weship-checkout adapter={adapter} theme="dark" currency="EUR" cart="c1" class="checkout" />
      </main>,
      document.body,
    )
    const checkout = document.querySelector('weship-checkout')
    expect(checkout).toBeInstanceOf(CheckoutElement)
    expect(checkout?.adapter).toBe(adapter)
    expect(checkout?.getAttribute('theme')).toBe('dark')
    expect(document.querySelector('weship-add-to-cart')?.getAttribute('quantity')).toBe('2')
    expect(document.querySelector('weship-cart-button')).toBeInstanceOf(CartButtonElement)
  })

  it('type each event handler with its detail, and Preact listens to it', () => {
    const heard: Array<number | undefined> = []
    render(
      <weship-add-to-cart
        sku="TEE-NAVY-M"
        onweship-cart-change={(event) => heard.push(event.detail.cart?.itemCount)}
        onweship-error={(event) => expectTypeOf(event.detail).toEqualTypeOf<WeshipErrorDetail>()}
      />,
      document.body,
    )
    const button = document.querySelector('weship-add-to-cart')
    button?.dispatchEvent(new CustomEvent('weship-cart-change', { detail: { cart: null } }))
    expect(heard).toEqual([undefined])
    const handlers = [
      <weship-checkout
        onweship-order-placed={(event) => expectTypeOf(event.detail.order.id).toBeString()}
        onweship-step-change={(event) => expectTypeOf(event.detail.step).toEqualTypeOf<Step>()}
      />,
      // @ts-expect-error a cart change carries the cart, not an order
      <weship-checkout onweship-cart-change={(event) => event.detail.order} />,
      // @ts-expect-error a feedback event's rating is a number
      <weship-order-status onweship-feedback-submit={(event) => event.detail.rating.trim()} />,
    ]
    expect(handlers).toHaveLength(3)
  })

  it('reject misuse', () => {
    const misuse = [
      // @ts-expect-error themes are light, dark or auto
      <weship-checkout theme="blue" />,
      // @ts-expect-error an adapter is a CheckoutAdapter object, not a URL
      <weship-checkout adapter="https://shop.example/api" />,
      // @ts-expect-error sku is required
      <weship-add-to-cart api="/api/checkout" />,
      // @ts-expect-error quantity is a number
      <weship-add-to-cart sku="TEE-NAVY-M" quantity="two" />,
      // @ts-expect-error the cart button adds nothing, so it takes no sku
      <weship-cart-button sku="TEE-NAVY-M" />,
      // @ts-expect-error the poll interval is a number of ms
      <weship-order-status pollInterval="30s" />,
    ]
    expect(misuse).toHaveLength(6)
  })

  it('type the same names as the elements take', () => {
    type Backend = 'api' | 'backend' | 'channel-token' | 'publishable-key' | 'locale' | 'theme'
    const backendProperties = [
      'api',
      'backend',
      'channelToken',
      'publishableKey',
      'locale',
      'theme',
    ]
    expectTypeOf<keyof WeshipElementAttributes['weship-checkout']>().toEqualTypeOf<
      | Backend
      | 'locale'
      | 'currency'
      | 'theme'
      | 'cart'
      | 'mode'
      | 'order-status-url'
      | 'payment-method-types'
      | 'payment-origins'
      | 'paymentProviders'
      | 'adapter'
    >()
    expectTypeOf<keyof WeshipElementAttributes['weship-add-to-cart']>().toEqualTypeOf<
      Backend | 'sku' | 'quantity' | 'currency' | 'adapter'
    >()
    expectTypeOf<keyof WeshipElementAttributes['weship-cart-button']>().toEqualTypeOf<
      Backend | 'adapter'
    >()
    expect([...CheckoutElement.properties].sort()).toEqual(
      [
        ...backendProperties,
        'currency',
        'cart',
        'mode',
        'orderStatusUrl',
        'paymentMethodTypes',
        'paymentOrigins',
        'adapter',
        'paymentProviders',
      ].sort(),
    )
    expect([...CartButtonElement.properties].sort()).toEqual(
      [...backendProperties, 'adapter'].sort(),
    )
    const status = <weship-order-status api="/api/checkout" order="o1" token="t1" theme="dark" />
    expect(status.type).toBe('weship-order-status')
    expectTypeOf<keyof WeshipElementAttributes['weship-order-status']>().toEqualTypeOf<
      Backend | 'adapter' | 'order' | 'token' | 'shop-url' | 'pollInterval'
    >()
    expect([...OrderStatusElement.properties].sort()).toEqual(
      [...backendProperties, 'adapter', 'order', 'pollInterval', 'shopUrl', 'token'].sort(),
    )
  })
})
