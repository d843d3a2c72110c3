import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { type ElementConfigInput, parseElementConfig } from './element-config.js'

const API = 'https://shop.test/shop-api'
const parse = (input: ElementConfigInput) => parseElementConfig('weship-checkout', input)
const backendOf = (input: ElementConfigInput) => {
  const result = parse(input)
  if (!result.ok) throw result.error
  return result.config.backend
}

describe('the backend attributes', () => {
  it('default to the REST contract at `api`', () => {
    expect(backendOf({ api: API })).toEqual({ kind: 'rest', settings: { api: API } })
    expect(backendOf({ api: API, backend: 'rest' })).toEqual({
      kind: 'rest',
      settings: { api: API },
    })
  })

  it("name Vendure or Medusa with their keys, which each kind's chunk checks", () => {
    expect(backendOf({ backend: 'vendure', api: API, channelToken: 'eu-store' })).toEqual({
      kind: 'vendure',
      settings: { api: API, channelToken: 'eu-store' },
    })
    expect(backendOf({ backend: 'medusa', api: API, publishableKey: 'pk_01abc' })).toEqual({
      kind: 'medusa',
      settings: { api: API, publishableKey: 'pk_01abc' },
    })
  })

  it('leave an element without any to the page: the registered default, or a registered name', () => {
    expect(backendOf({})).toEqual({ name: 'default' })
    expect(backendOf({ backend: 'eu-shop' })).toEqual({ name: 'eu-shop' })
    // A registered backend is configured in JS; an `api` beside it changes nothing.
    expect(backendOf({ backend: 'eu-shop', api: API })).toEqual({ name: 'eu-shop' })
  })

  it('let an adapter property win over every attribute', () => {
    const adapter = fakeAdapter()
    expect(backendOf({ adapter, backend: 'vendure', api: API })).toEqual({ adapter })
  })

  it.each<[string, ElementConfigInput, string, RegExp]>([
    [
      'vendure without api',
      { backend: 'vendure' },
      'invalid_api_url',
      /"api" attribute is needed with backend="vendure"; got nothing/,
    ],
    [
      'a channel token on the REST backend',
      { api: API, channelToken: 'eu' },
      'invalid_channel_token',
      /"channel-token" attribute is for backend="vendure" only; got "eu"/,
    ],
    [
      'a publishable key on the REST backend',
      { api: API, backend: 'rest', publishableKey: 'pk_1' },
      'invalid_publishable_key',
      /"publishable-key" attribute is for backend="medusa" only/,
    ],
    [
      'a backend that is no name',
      { backend: 'Vendure!', api: API },
      'invalid_backend',
      /"backend" attribute must be rest, vendure, medusa or a registered name; got "Vendure!"/,
    ],
    [
      'an api that is no URL',
      { backend: 'vendure', api: 'shop api' },
      'invalid_api_url',
      /"api" attribute must be an http\(s\) URL/,
    ],
  ])('refuses %s with a CONFIG error naming the attribute', (_case, input, reason, message) => {
    const result = parse(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'CONFIG', reason })
    expect(result.error.message).toMatch(message)
    expect(result.error.docsUrl).toMatch(/reference\/elements\.md#weship-checkout$/)
  })
})
