import { describe, expect, it } from 'vitest'
import { createVendureAdapter } from './vendure-adapter.js'

describe('the Vendure adapter names its backend', () => {
  it('by Shop API and channel token, so every element on that channel shares one cart', () => {
    const adapter = createVendureAdapter({ shopApiUrl: 'https://Shop.example/shop-api/' })
    expect(adapter.identity).toEqual({ kind: 'vendure', endpoint: 'https://shop.example/shop-api' })
    const channel = createVendureAdapter({
      shopApiUrl: 'https://shop.example/shop-api',
      channelToken: 'eu-store',
    })
    expect(channel.identity).toEqual({
      kind: 'vendure',
      endpoint: 'https://shop.example/shop-api',
      channel: 'eu-store',
    })
  })

  it('refuses a Shop API that is no http(s) URL with a CONFIG error', () => {
    expect(() => createVendureAdapter({ shopApiUrl: 'shop-api' })).toThrow(
      expect.objectContaining({ code: 'CONFIG', reason: 'invalid_api_url' }),
    )
  })
})
