import { fireEvent } from '@testing-library/preact'
import { createMedusaAdapter } from '@weship/adapter-medusa'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { registerBackend } from '../state/backend-registry.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { fakeMedusa } from '../testing/fake-medusa.js'
import { adapterChunks } from './adapter-chunks.js'
import type { BackendModule } from './backend-kinds.js'
import { createBackend as createMedusaBackend } from './medusa-backend.js'
import { createBackend as createVendureBackend } from './vendure-backend.js'

const API = 'https://medusa.example'
const KEY = 'pk_01HVX0000000000000000000'
const CART_KEY = `weship:cart:medusa:${API}#${KEY}`
const element = (tag: string) => document.querySelector(tag) as Element
const realMedusaChunk = adapterChunks.medusa
const failedFetch = () => new TypeError('Failed to fetch dynamically imported module')

/** The real Medusa chunk, counted, and fetched only after `failures` failed attempts. */
function medusaChunk(failures = 0) {
  if (!realMedusaChunk) throw new Error('This build has no Medusa chunk')
  const load = vi.fn<() => Promise<BackendModule>>(realMedusaChunk)
  for (let i = 0; i < failures; i++) load.mockRejectedValueOnce(failedFetch())
  adapterChunks.medusa = load
  return load
}

afterEach(() => {
  resetPage()
  adapterChunks.medusa = realMedusaChunk
  vi.unstubAllGlobals()
})

describe('backend="medusa" from its chunk', () => {
  it('builds the Medusa adapter for the server and publishable key the attributes name', () => {
    const adapter = createMedusaBackend({ api: `${API}/`, publishableKey: KEY }, 'weship-checkout')
    expect(adapter.identity).toEqual({ kind: 'medusa', endpoint: API, channel: KEY })
    expect(adapter.capabilities.giftCards).toBe(false)
  })

  it('loads the adapter once for every element that names it, with one cart', async () => {
    const medusa = fakeMedusa()
    vi.stubGlobal('fetch', medusa.fetch)
    const load = medusaChunk()
    document.body.innerHTML = `
      <weship-add-to-cart backend="medusa" api="${API}" publishable-key="${KEY}" sku="TEE-NAVY-M" locale="en"></weship-add-to-cart>
      <weship-checkout backend="medusa" api="${API}/" publishable-key="${KEY}" locale="en"></weship-checkout>`
    const checkout = shadow(element('weship-checkout'))
    fireEvent.click(
      await shadow(element('weship-add-to-cart')).findByRole('button', { name: 'Add to cart' }),
    )
    expect(await checkout.findByText('Organic cotton tee')).toBeTruthy()
    expect(checkout.getAllByText('€12.90').length).toBeGreaterThan(0)
    expect(load).toHaveBeenCalledOnce()
    expect(localStorage.getItem(CART_KEY)).toBe('cart_1')
    // Medusa's Store API, with the sales channel's key on every request.
    expect(medusa.requests.map((r) => new URL(r.url).origin)).toEqual(
      medusa.requests.map(() => API),
    )
    expect(new Set(medusa.requests.map((r) => r.publishableKey))).toEqual(new Set([KEY]))
    expect(medusa.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('hands its elements to a Medusa adapter registered in code for the same store', async () => {
    // The Stripe path: options attributes cannot give (payment handlers) on elements that name
    // the store by attribute. The global fetch is not the registered adapter's, and must not run.
    const own = fakeMedusa({ cart_9: 2 })
    const global = vi.fn(fakeMedusa().fetch)
    vi.stubGlobal('fetch', global)
    registerBackend(createMedusaAdapter({ baseUrl: API, publishableKey: KEY, fetch: own.fetch }))
    localStorage.setItem(CART_KEY, 'cart_9')
    document.body.innerHTML = `<weship-checkout backend="medusa" api="${API}" publishable-key="${KEY}" locale="en"></weship-checkout>`
    expect(await shadow(element('weship-checkout')).findByText('Organic cotton tee')).toBeTruthy()
    expect(own.requests.length).toBeGreaterThan(0)
    expect(global).not.toHaveBeenCalled()
  })

  it('names the attribute the chunk refuses, with a docs link', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    document.body.innerHTML = `<weship-checkout backend="medusa" api="${API}" publishable-key="sk_live_1" locale="en"></weship-checkout>`
    const alert = await shadow(element('weship-checkout')).findByRole('alert')
    expect(alert.textContent).toContain("This checkout isn't set up correctly.")
    expect(alert.textContent).toContain(
      '"publishable-key" attribute must be a Medusa publishable key',
    )
    expect(errors.map((event) => event.detail)).toMatchObject([
      { code: 'CONFIG', reason: 'invalid_publishable_key' },
    ])
  })

  it('says so when this build has no such adapter', async () => {
    delete adapterChunks.medusa
    document.body.innerHTML = `<weship-cart-button backend="medusa" api="${API}" publishable-key="${KEY}" locale="en"></weship-cart-button>`
    const alert = await shadow(element('weship-cart-button')).findByRole('alert')
    expect(alert.textContent).toContain('backend="medusa" is not in this build')
  })

  it('offers "Try again" when the chunk could not be fetched, and fetches it again', async () => {
    vi.stubGlobal('fetch', fakeMedusa({ cart_9: 2 }).fetch)
    localStorage.setItem(CART_KEY, 'cart_9')
    const load = medusaChunk(1)
    document.body.innerHTML = `<weship-checkout backend="medusa" api="${API}" publishable-key="${KEY}" locale="en"></weship-checkout>`
    const checkout = shadow(element('weship-checkout'))
    fireEvent.click(await checkout.findByRole('button', { name: 'Try again' }))
    expect(await checkout.findByText('Organic cotton tee')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(2)
  })
})

describe('a chunk that could not be fetched', () => {
  it('is fetched again by a click on add-to-cart, which then adds', async () => {
    vi.stubGlobal('fetch', fakeMedusa().fetch)
    medusaChunk(1)
    document.body.innerHTML = `<weship-add-to-cart backend="medusa" api="${API}" publishable-key="${KEY}" sku="TEE-NAVY-M" locale="en"></weship-add-to-cart>`
    const button = shadow(element('weship-add-to-cart'))
    // The failed fetch shows as an error below the button, which stays.
    await button.findByText(/The checkout's files didn't load/)
    fireEvent.click(button.getByRole('button', { name: 'Add to cart' }))
    expect(await button.findByText('Added to cart')).toBeTruthy()
  })
})

describe('backend="vendure" from its chunk', () => {
  it('builds the Vendure adapter for the Shop API and channel the attributes name', () => {
    const adapter = createVendureBackend(
      { api: 'https://shop.example/shop-api', channelToken: 'eu-store' },
      'weship-checkout',
    )
    expect(adapter.identity).toEqual({
      kind: 'vendure',
      endpoint: 'https://shop.example/shop-api',
      channel: 'eu-store',
    })
  })

  it('refuses a channel token that no header can carry, naming the attribute', async () => {
    document.body.innerHTML =
      '<weship-checkout backend="vendure" api="https://shop.example/shop-api" channel-token="eu store" locale="en"></weship-checkout>'
    const alert = await shadow(element('weship-checkout')).findByRole('alert')
    expect(alert.textContent).toContain('"channel-token" attribute must be a Vendure channel token')
  })
})
