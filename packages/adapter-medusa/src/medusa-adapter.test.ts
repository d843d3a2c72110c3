import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createMedusaAdapter } from './medusa-adapter.js'

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
})
