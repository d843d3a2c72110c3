import { fireEvent, waitFor } from '@testing-library/preact'
import { createHttpAdapter, type WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { setBackendDeadlinePassed } from '../state/backend-deadline.js'
import { cartOf, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, jsonResponse, resetPage, shadow } from '../testing/dom.js'

afterEach(() => {
  resetPage()
  vi.unstubAllGlobals()
})

const API = 'https://shop.test/api/checkout'
const cart = cartOf('c1', [lineItem('TEE-NAVY-M', 1)])
const cartNotFound = {
  type: 'https://weship.dev/problems/cart-not-found',
  title: 'Cart not found',
  status: 404,
  code: 'ADAPTER',
  reason: 'cart_not_found',
}

/** A checkout on the real http adapter, whose fetch answers in turn from `answers`. */
function mountOnWire(...answers: Array<() => Promise<Response>>) {
  const fetch = vi.fn(
    (_input: RequestInfo | URL) => (answers.shift() ?? answers[0])?.() as Promise<Response>,
  )
  const checkout = document.createElement('weship-checkout')
  checkout.adapter = createHttpAdapter({ baseUrl: API, fetch, retries: 0 })
  checkout.setAttribute('cart', 'c1')
  checkout.setAttribute('locale', 'en')
  document.body.append(checkout)
  return { checkout, view: shadow(checkout), fetch }
}

const unreachable = () => Promise.reject(new TypeError('Failed to fetch'))

describe('<weship-checkout> when the backend fails', () => {
  it.each([
    ['the api is unreachable', unreachable, 'NETWORK', 'unreachable', /couldn't reach the shop/],
    [
      'the answer breaks the contract',
      () => Promise.resolve(jsonResponse({ id: 'c1', items: 'many' })),
      'ADAPTER',
      'malformed_response',
      /answer we couldn't read/,
    ],
    [
      'the cart is unknown',
      () => Promise.resolve(jsonResponse(cartNotFound, 404, 'application/problem+json')),
      'ADAPTER',
      'cart_not_found',
      /couldn't find this cart/,
    ],
  ])(
    'shows a translated alert and reports it when %s',
    async (_case, answer, code, reason, message) => {
      const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
      const { checkout, view } = mountOnWire(answer)
      expect((await view.findByRole('alert')).textContent).toMatch(message)
      expect(errors.map((event) => [event.detail.code, event.detail.reason])).toEqual([
        [code, reason],
      ])
      expect(errors[0]?.target).toBe(checkout)
      expect(errors[0]?.composed).toBe(true)
    },
  )

  it('recovers with "Try again"', async () => {
    const { view } = mountOnWire(unreachable, () => Promise.resolve(jsonResponse(cart)))
    fireEvent.click(await view.findByRole('button', { name: 'Try again' }))
    expect(await view.findByText('Organic cotton tee')).toBeTruthy()
    await waitFor(() => expect(view.queryByRole('alert')).toBeNull())
  })

  it('tries again by itself when the browser is back online', async () => {
    const { view } = mountOnWire(unreachable, () => Promise.resolve(jsonResponse(cart)))
    expect((await view.findByRole('alert')).textContent).toMatch(/couldn't reach the shop/)
    window.dispatchEvent(new Event('online'))
    expect(await view.findByText('Organic cotton tee')).toBeTruthy()
    await waitFor(() => expect(view.queryByRole('alert')).toBeNull())
  })

  it('offers a new cart when the old one is gone', async () => {
    const { view } = mountOnWire(() =>
      Promise.resolve(jsonResponse(cartNotFound, 404, 'application/problem+json')),
    )
    fireEvent.click(await view.findByRole('button', { name: 'Start a new cart' }))
    expect(await view.findByText('Your cart is empty')).toBeTruthy()
  })

  it('builds the http adapter from the api attribute', async () => {
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(cart)))
    vi.stubGlobal('fetch', fetch)
    document.body.innerHTML = `<weship-checkout api="${API}/" cart="c1"></weship-checkout>`
    const checkout = document.querySelector('weship-checkout') as Element
    expect(await shadow(checkout).findByText('Organic cotton tee')).toBeTruthy()
    expect(fetch).toHaveBeenCalledWith(`${API}/carts/c1`, expect.anything())
    expect(localStorage.getItem(`weship:cart:rest:${API}`)).toBe('c1')
  })
})

describe('<weship-checkout> with an invalid configuration', () => {
  it.each([
    ['a non-http api', { api: 'ftp://shop.test/api' }, 'api'],
    ['an api that is no URL', { api: 'shop api' }, 'api'],
    ['a lowercase currency', { api: API, currency: 'eur' }, 'currency'],
    ['an unknown currency', { api: API, currency: 'XYZ' }, 'currency'],
    ['a malformed locale', { api: API, locale: 'en_US!' }, 'locale'],
    ['an unknown theme', { api: API, theme: 'blue' }, 'theme'],
  ])('fails fast with %s', async (_case, attributes: Record<string, string>, attribute) => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    const checkout = document.createElement('weship-checkout')
    for (const [name, value] of Object.entries(attributes)) checkout.setAttribute(name, value)
    expect(() => document.body.append(checkout)).not.toThrow()
    const alert = await shadow(checkout).findByRole('alert')
    expect(alert.textContent).toContain("This checkout isn't set up correctly.")
    expect(alert.textContent).toContain(`"${attribute}"`)
    expect(
      shadow(checkout).getByRole('link', { name: 'Setup guide' }).getAttribute('href'),
    ).toMatch(/reference\/elements\.md#weship-checkout$/)
    expect(shadow(checkout).queryByRole('button')).toBeNull()
    expect(errors).toHaveLength(1)
    expect(errors[0]?.detail.code).toBe('CONFIG')
    expect(errors[0]?.detail.message).toMatch(new RegExp(`"${attribute}".*reference/elements`))
  })

  it('says it has no backend once the page has had time to give it one', async () => {
    setBackendDeadlinePassed(true)
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    document.body.innerHTML = '<weship-checkout locale="en"></weship-checkout>'
    const checkout = document.querySelector('weship-checkout') as Element
    const alert = await shadow(checkout).findByRole('alert')
    expect(alert.textContent).toContain("This checkout isn't set up correctly.")
    expect(alert.textContent).toMatch(
      /has no backend: set "api", or call registerBackend\(adapter\)/,
    )
    expect(errors.map((event) => event.detail)).toMatchObject([
      { code: 'CONFIG', reason: 'missing_api' },
    ])
  })

  it('recovers once the attribute is fixed', async () => {
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(cart)))
    vi.stubGlobal('fetch', fetch)
    document.body.innerHTML = `<weship-checkout api="${API}" currency="euro" cart="c1"></weship-checkout>`
    const checkout = document.querySelector('weship-checkout') as Element
    await shadow(checkout).findByRole('alert')
    checkout.setAttribute('currency', 'EUR')
    expect(await shadow(checkout).findByText('Organic cotton tee')).toBeTruthy()
  })

  it('lets an adapter property win over the api attribute', async () => {
    const fetch = vi.fn(unreachable)
    vi.stubGlobal('fetch', fetch)
    const { checkout, view } = mountOnWire(() => Promise.resolve(jsonResponse(cart)))
    checkout.setAttribute('api', 'https://elsewhere.test/api')
    expect(await view.findByText('Organic cotton tee')).toBeTruthy()
    expect(fetch).not.toHaveBeenCalled()
  })
})
