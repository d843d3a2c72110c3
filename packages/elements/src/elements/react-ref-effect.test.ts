import type { CheckoutAdapter, WeshipEventMap } from '@weship/checkout-core'
import { createElement, useEffect, useRef } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { TenantCheckout } from '../../type-tests/react-adapter-effect.js'
import { defineCheckoutElements } from '../define-elements.js'
import { setBackendDeadlinePassed } from '../state/backend-deadline.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import type { CheckoutElement } from './checkout-element.js'

// React 19 renders `<weship-checkout>` and hands it its adapter in an effect, after the element
// has connected: the element must wait for it quietly, even on a page that loaded long ago.
let root: Root | undefined
afterEach(() => {
  root?.unmount()
  root = undefined
  resetPage()
})

const shop = (): CheckoutAdapter => {
  localStorage.setItem('weship:cart', 'c1')
  return fakeAdapter(cartOf('c1', [lineItem('TEE-NAVY-M', 2)]))
}

/** The pattern of the docs with an adapter that takes a while: a lazily imported shop module. */
function LazyCheckout({ adapter }: { adapter: () => Promise<CheckoutAdapter> }) {
  const ref = useRef<CheckoutElement>(null)
  useEffect(() => {
    let live = true
    void adapter().then((created) => {
      if (live && ref.current) ref.current.adapter = created
    })
    return () => {
      live = false
    }
  }, [adapter])
  return createElement('weship-checkout', { ref, currency: 'EUR' })
}

async function renderApp(app: ReturnType<typeof createElement>) {
  const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  root.render(app)
  const element = await waitForElement(container)
  return { errors, element }
}

async function waitForElement(container: HTMLElement): Promise<Element> {
  for (let tries = 0; tries < 100; tries++) {
    const element = container.querySelector('weship-checkout')
    if (element) return element
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('React did not render <weship-checkout>')
}

describe('<weship-checkout> in React, with a ref and useEffect', () => {
  it('shows the cart and reports no error on a page that loaded long ago (as the docs show it)', async () => {
    defineCheckoutElements()
    // The page's grace period for a backend is over: the app renders the checkout later.
    setBackendDeadlinePassed(true, { sinceConnected: false })
    const { errors, element } = await renderApp(createElement(TenantCheckout, { adapter: shop() }))
    expect(await shadow(element).findByText('Organic cotton tee')).toBeTruthy()
    expect(errors.map((event) => event.detail)).toEqual([])
  })

  it('waits for an adapter the effect creates asynchronously (a lazily imported shop module)', async () => {
    defineCheckoutElements()
    setBackendDeadlinePassed(true, { sinceConnected: false })
    const lazily = () =>
      new Promise<CheckoutAdapter>((resolve) => setTimeout(() => resolve(shop()), 300))
    const { errors, element } = await renderApp(createElement(LazyCheckout, { adapter: lazily }))
    const view = shadow(element)
    expect(await view.findByText('Loading your cart…')).toBeTruthy()
    expect(await view.findByText('Organic cotton tee', {}, { timeout: 3000 })).toBeTruthy()
    expect(view.queryByRole('alert')).toBeNull()
    expect(errors.map((event) => event.detail)).toEqual([])
  })

  it('still says so when no adapter ever comes, once the element had its own grace period', async () => {
    defineCheckoutElements()
    setBackendDeadlinePassed(true, { sinceConnected: false })
    const never = () => new Promise<CheckoutAdapter>(() => {})
    const { errors, element } = await renderApp(createElement(LazyCheckout, { adapter: never }))
    const view = shadow(element)
    expect(await view.findByText('Loading your cart…')).toBeTruthy()
    expect(errors).toEqual([])
    setBackendDeadlinePassed(true)
    expect((await view.findByRole('alert')).textContent).toContain('has no backend')
    expect(errors.map((event) => event.detail)).toMatchObject([
      { code: 'CONFIG', reason: 'missing_api' },
    ])
  })
})
