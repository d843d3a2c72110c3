import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createMedusaAdapter } from './medusa-adapter.js'
import { medusaStripeHandler } from './stripe-handler.js'

const shop = { baseUrl: 'https://shop.example/', publishableKey: 'pk_test' }

describe('createMedusaAdapter', () => {
  it('refuses to start without a publishable key', () => {
    expect(() => createMedusaAdapter({ ...shop, publishableKey: '' })).toThrow(CheckoutError)
  })

  it('names its store by server and publishable key, so elements on it share one cart', () => {
    expect(createMedusaAdapter(shop).identity).toEqual({
      kind: 'medusa',
      endpoint: 'https://shop.example',
      channel: 'pk_test',
    })
    const otherChannel = createMedusaAdapter({ ...shop, publishableKey: 'pk_eu' })
    expect(otherChannel.identity?.channel).toBe('pk_eu')
  })

  it('refuses a base URL that is no http(s) URL with a CONFIG error', () => {
    expect(() => createMedusaAdapter({ ...shop, baseUrl: 'shop.example' })).toThrow(
      expect.objectContaining({ code: 'CONFIG', reason: 'invalid_api_url' }),
    )
  })

  it('lists the origins a page must allow: Medusa’s, and Stripe’s when a method uses it', () => {
    expect(createMedusaAdapter(shop).cspRequirements).toEqual({
      connectSrc: ['https://shop.example'],
      frameSrc: [],
      imgSrc: ['https://shop.example'],
    })
    const stripe = { publishableKey: 'pk_test_123' }
    const withStripe = createMedusaAdapter({
      ...shop,
      assetOrigins: ['https://cdn.example'],
      paymentMethods: { pp_stripe_stripe: { type: 'card', provider: 'stripe', stripe } },
    }).cspRequirements
    expect(withStripe.connectSrc).toEqual(['https://shop.example', 'https://api.stripe.com'])
    expect(withStripe.frameSrc).toContain('https://js.stripe.com')
    expect(withStripe.scriptSrc).toContain('https://js.stripe.com')
    expect(withStripe.imgSrc).toEqual(['https://cdn.example'])
  })

  it('offers Medusa’s Stripe provider only with the handler that confirms its payments', async () => {
    const providers = ['pp_system_default', 'pp_stripe_stripe']
    const plain = createMedusaAdapter({ ...shop, fetch: storeWith(providers) })
    expect((await plain.listPaymentMethods('cart_1')).map((m) => m.id)).toEqual([
      'pp_system_default',
    ])
    const stripe = Promise.reject(new Error('not loaded in this test'))
    stripe.catch(() => {})
    const withHandler = createMedusaAdapter({
      ...shop,
      fetch: storeWith(providers),
      paymentHandlers: { pp_stripe_stripe: medusaStripeHandler(stripe) },
    })
    expect((await withHandler.listPaymentMethods('cart_1')).map((m) => m.id)).toEqual(providers)
  })
})

/** A Store API with an empty cart in region `reg_eu`, whose payment providers are `ids`. */
function storeWith(ids: string[]): typeof fetch {
  const cart = {
    id: 'cart_1',
    region_id: 'reg_eu',
    currency_code: 'eur',
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
  return async (input) => {
    const { pathname } = new URL(String(input))
    const body = pathname.startsWith('/store/carts/')
      ? { cart }
      : { payment_providers: ids.map((id) => ({ id })) }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }
}
