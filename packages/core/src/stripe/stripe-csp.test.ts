import { describe, expect, it } from 'vitest'
import { mergeCspRequirements, stripeCspRequirements } from './stripe-csp.js'

describe('Stripe and the Content-Security-Policy', () => {
  it('names Stripe.js, its frames and its API', () => {
    expect(stripeCspRequirements.scriptSrc).toContain('https://js.stripe.com')
    expect(stripeCspRequirements.frameSrc).toEqual(
      expect.arrayContaining(['https://js.stripe.com', 'https://hooks.stripe.com']),
    )
    expect(stripeCspRequirements.connectSrc).toEqual(['https://api.stripe.com'])
  })

  it('merges an adapter’s origins with Stripe’s, each once', () => {
    const shop = {
      connectSrc: ['https://shop.example'],
      frameSrc: [],
      imgSrc: ['https://shop.example'],
    }
    const merged = mergeCspRequirements(shop, stripeCspRequirements, stripeCspRequirements)
    expect(merged.connectSrc).toEqual(['https://shop.example', 'https://api.stripe.com'])
    expect(merged.imgSrc).toEqual(['https://shop.example'])
    expect(merged.scriptSrc).toEqual(['https://js.stripe.com', 'https://*.js.stripe.com'])
  })
})
