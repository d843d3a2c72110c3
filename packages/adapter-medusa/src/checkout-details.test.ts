import type { Address } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createMedusaAdapter } from './medusa-adapter.js'

// Nothing in this file loads address data first, as on a page or a server that only made an
// adapter: the adapter must fetch the country's rules itself before it checks an address.
const tokyo: Address = {
  name: 'Hanako Yamada',
  line1: '1-1 Chiyoda',
  city: 'Chiyoda-ku',
  region: '東京都',
  postalCode: ' 100-0001 ',
  country: 'JP',
}

describe('the Medusa adapter’s address checks', () => {
  it('loads the country’s rules itself, and sends Medusa the address in their terms', async () => {
    const store = storeInJapan()
    const adapter = createMedusaAdapter({ ...shop, fetch: store.fetch })
    await adapter.setShippingAddress('cart_1', tokyo)
    const posted = store.posts.at(-1) as { shipping_address: Record<string, string> }
    // The prefecture's name becomes its code, the postal code loses its spaces.
    expect(posted.shipping_address).toMatchObject({ province: 'jp-13', postal_code: '100-0001' })
  })

  it('refuses a postal code of the wrong shape for the country, before Medusa keeps it', async () => {
    const store = storeInJapan()
    const adapter = createMedusaAdapter({ ...shop, fetch: store.fetch })
    const error = await adapter
      .setBillingAddress('cart_1', { ...tokyo, postalCode: '1000' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'VALIDATION', reason: 'invalid_address' })
    expect(error).toMatchObject({ fieldErrors: [{ field: 'postalCode' }] })
    expect(store.posts).toEqual([])
  })

  it('keeps the shopper’s language with the contact, so the widget sees its contact saved', async () => {
    const store = storeInJapan()
    const adapter = createMedusaAdapter({ ...shop, fetch: store.fetch })
    const cart = await adapter.setContact('cart_1', { email: 'hanako@example.jp', locale: 'ja' })
    expect(cart.contact).toEqual({ email: 'hanako@example.jp', locale: 'ja' })
  })
})

const shop = { baseUrl: 'https://shop.example/', publishableKey: 'pk_test' }

/** A Store API with one region, Japan in yen, and an empty cart in it; it records cart updates. */
function storeInJapan() {
  const cart = {
    id: 'cart_1',
    region_id: 'reg_jp',
    currency_code: 'jpy',
    email: null,
    created_at: '2026-12-06T00:00:00.000Z',
    updated_at: '2026-12-06T00:00:00.000Z',
    completed_at: null,
    items: [],
    total: 0,
    tax_total: 0,
    discount_total: 0,
    discount_subtotal: 0,
  }
  const regions = [
    { id: 'reg_jp', name: 'Japan', currency_code: 'jpy', countries: [{ iso_2: 'jp' }] },
  ]
  const posts: unknown[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const { pathname } = new URL(String(input))
    if (init?.method === 'POST') {
      const update = JSON.parse(String(init.body))
      posts.push(update)
      // As Medusa does: the cart takes the e-mail and metadata it is sent.
      Object.assign(cart, 'email' in update ? { email: update.email } : {})
      Object.assign(cart, 'metadata' in update ? { metadata: update.metadata } : {})
    }
    const body = pathname === '/store/regions' ? { regions } : { cart }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }
  return { fetch, posts }
}
