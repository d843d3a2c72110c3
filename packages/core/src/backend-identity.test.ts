import { describe, expect, it } from 'vitest'
import { createHttpAdapter } from './adapters/http.js'
import { backendIdentity, backendKey } from './backend-identity.js'

describe('backendIdentity', () => {
  it('normalises the endpoint to origin and path', () => {
    expect(backendIdentity('rest', 'HTTPS://Shop.Example:443/api/checkout/?v=2#top')).toEqual({
      kind: 'rest',
      endpoint: 'https://shop.example/api/checkout',
    })
    expect(backendIdentity('vendure', 'http://127.0.0.1:3000/shop-api', 'eu-token')).toEqual({
      kind: 'vendure',
      endpoint: 'http://127.0.0.1:3000/shop-api',
      channel: 'eu-token',
    })
  })

  it('refuses a kind that is no name and an endpoint that is no http(s) URL', () => {
    expect(() => backendIdentity('Vendure!', 'https://shop.example')).toThrow(
      expect.objectContaining({ code: 'CONFIG', reason: 'invalid_backend' }),
    )
    expect(() => backendIdentity('rest', 'javascript:alert(1)')).toThrow(
      expect.objectContaining({ code: 'CONFIG', reason: 'invalid_api_url' }),
    )
  })

  it('keys one backend one way, and a channel apart from its endpoint', () => {
    const key = (endpoint: string, channel?: string) =>
      backendKey(backendIdentity('vendure', endpoint, channel))
    expect(key('https://shop.example/shop-api/')).toBe(key('https://shop.example/shop-api'))
    expect(key('https://shop.example/shop-api', 'eu')).toBe(
      'vendure:https://shop.example/shop-api#eu',
    )
    expect(key('https://shop.example/shop-api', 'a#b')).not.toBe(
      key('https://shop.example/shop-api#b', 'a'),
    )
    expect(backendKey(backendIdentity('rest', 'https://shop.example/shop-api'))).not.toBe(
      key('https://shop.example/shop-api'),
    )
  })
})

describe('the http adapter', () => {
  it('names its backend: the REST contract at its base URL', () => {
    const adapter = createHttpAdapter({ baseUrl: 'https://shop.example/api/' })
    expect(adapter.identity).toEqual({ kind: 'rest', endpoint: 'https://shop.example/api' })
  })
})
