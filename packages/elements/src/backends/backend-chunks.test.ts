import { fireEvent } from '@testing-library/preact'
import { backendIdentity, type CheckoutAdapter, type WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { adapterChunks } from './adapter-chunks.js'
import type { BackendModule, BackendSettings } from './backend-kinds.js'
import { checkSettings } from './kind-settings.js'
import { createBackend as createVendureBackend } from './vendure-backend.js'

const API = 'https://medusa.example'
const KEY = 'pk_01HVX0000000000000000000'
const element = (tag: string) => document.querySelector(tag) as Element

/**
 * A stand-in for the Medusa adapter's chunk: the same seam (`adapterChunks.medusa`) that the
 * real `@weship/adapter-medusa` plugs into, checked the way a kind's chunk checks its attributes.
 */
function medusaDouble(backend = fakeAdapter()) {
  const settings: BackendSettings[] = []
  const module: BackendModule = {
    createBackend(given, tag) {
      const { api, publishableKey } = checkSettings(tag, 'medusa', given, 'publishableKey')
      settings.push(given)
      const identity = backendIdentity('medusa', api, publishableKey)
      return Object.assign(Object.create(backend) as CheckoutAdapter, { identity })
    },
  }
  return { module, settings }
}

afterEach(() => {
  resetPage()
  delete adapterChunks.medusa
  vi.unstubAllGlobals()
})

describe('backend="medusa" from its chunk', () => {
  it('loads the adapter once for every element that names it, with one cart', async () => {
    const { module, settings } = medusaDouble()
    const load = vi.fn(async () => module)
    adapterChunks.medusa = load
    document.body.innerHTML = `
      <weship-add-to-cart backend="medusa" api="${API}" publishable-key="${KEY}" sku="TEE-NAVY-M" locale="en"></weship-add-to-cart>
      <weship-checkout backend="medusa" api="${API}/" publishable-key="${KEY}" locale="en"></weship-checkout>`
    const checkout = shadow(element('weship-checkout'))
    fireEvent.click(
      await shadow(element('weship-add-to-cart')).findByRole('button', { name: 'Add to cart' }),
    )
    expect(await checkout.findByText('Organic cotton tee')).toBeTruthy()
    expect(load).toHaveBeenCalledOnce()
    expect(settings[0]).toEqual({ api: API, publishableKey: KEY })
    expect(localStorage.getItem(`weship:cart:medusa:${API}#${KEY}`)).toBe('cart-1')
  })

  it('names the attribute the chunk refuses, with a docs link', async () => {
    adapterChunks.medusa = async () => medusaDouble().module
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
    document.body.innerHTML = `<weship-cart-button backend="medusa" api="${API}" publishable-key="${KEY}" locale="en"></weship-cart-button>`
    const alert = await shadow(element('weship-cart-button')).findByRole('alert')
    expect(alert.textContent).toContain('backend="medusa" is not in this build')
  })

  it('offers "Try again" when the chunk could not be fetched, and fetches it again', async () => {
    const { module } = medusaDouble(fakeAdapter(cartOf('c9', [lineItem('MUG-WHITE', 1)])))
    localStorage.setItem(`weship:cart:medusa:${API}#${KEY}`, 'c9')
    adapterChunks.medusa = vi
      .fn<() => Promise<BackendModule>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(module)
    document.body.innerHTML = `<weship-checkout backend="medusa" api="${API}" publishable-key="${KEY}" locale="en"></weship-checkout>`
    const checkout = shadow(element('weship-checkout'))
    fireEvent.click(await checkout.findByRole('button', { name: 'Try again' }))
    expect(await checkout.findByText('Enamel mug')).toBeTruthy()
  })
})

describe('a chunk that could not be fetched', () => {
  it('is fetched again by a click on add-to-cart, which then adds', async () => {
    const { module } = medusaDouble()
    adapterChunks.medusa = vi
      .fn<() => Promise<BackendModule>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(module)
    document.body.innerHTML = `<weship-add-to-cart backend="medusa" api="${API}" publishable-key="${KEY}" sku="MUG-WHITE" locale="en"></weship-add-to-cart>`
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
