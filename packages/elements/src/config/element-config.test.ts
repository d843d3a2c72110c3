import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { parseElementConfig } from './element-config.js'

const API = 'https://shop.test/api/checkout'
const parse = (input: Parameters<typeof parseElementConfig>[1], required?: ['sku']) =>
  parseElementConfig('weship-checkout', input, required)

describe('parseElementConfig', () => {
  it('resolves an order status page path against the page and names the attribute when bad', () => {
    const ok = parse({ api: API, orderStatusUrl: '/orders/status' })
    expect(ok.ok && ok.config.orderStatusUrl).toBe(new URL('/orders/status', document.baseURI).href)
    const bad = parse({ api: API, orderStatusUrl: 'javascript:alert(1)' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.error.message).toContain('"order-status-url" attribute')
      expect(bad.error.reason).toBe('invalid_order_status_url')
    }
  })

  it('accepts a full configuration and fills the defaults', () => {
    const result = parse({ api: API, currency: 'EUR', locale: 'de-DE', theme: 'dark', cart: 'c1' })
    expect(result).toEqual({
      ok: true,
      config: {
        backend: { kind: 'rest', settings: { api: API } },
        currency: 'EUR',
        theme: 'dark',
        mode: 'inline',
        orderStatusUrl: undefined,
        cartId: 'c1',
        sku: undefined,
        quantity: 1,
        paymentMethodTypes: undefined,
      },
    })
  })

  it('prefers an adapter object to the api URL', () => {
    const adapter = fakeAdapter()
    const result = parse({ api: API, adapter })
    expect(result.ok && result.config.backend).toEqual({ adapter })
  })

  it('treats empty attributes as absent and resolves a path against the page', () => {
    const result = parse({ api: '/api/checkout', currency: '', theme: '' })
    expect(result.ok && result.config).toMatchObject({
      backend: { kind: 'rest', settings: { api: new URL('/api/checkout', document.baseURI).href } },
      currency: undefined,
      theme: 'light',
    })
  })

  it('reads a quantity attribute as a whole number', () => {
    const result = parse({ api: API, sku: 'TEE-NAVY-M', quantity: '3' }, ['sku'])
    expect(result.ok && result.config).toMatchObject({ sku: 'TEE-NAVY-M', quantity: 3 })
  })

  it.each([
    [{ api: 'javascript:alert(1)' }, 'invalid_api_url', /"api" attribute must be an http\(s\) URL/],
    [{ api: API, adapter: { getCart: 1 } }, 'invalid_adapter', /"adapter" property must be/],
    [{ api: API, currency: 'EURO' }, 'invalid_currency', /"currency" .* ISO 4217 .*; got "EURO"/],
    [{ api: API, currency: 'ABC' }, 'invalid_currency', /"currency"/],
    [{ api: API, locale: 'de_DE' }, 'invalid_locale', /"locale" .* BCP 47/],
    [{ api: API, theme: 'Dark' }, 'invalid_theme', /"theme" .* light, dark or auto; got "Dark"/],
    [{ api: API, quantity: '0' }, 'invalid_quantity', /"quantity"/],
    [{ api: API, sku: 'x'.repeat(65) }, 'invalid_sku', /"sku"/],
    [{ api: 'http://' }, 'invalid_api_url', /"api"/],
    [{ api: 'mailto:shop@example.com' }, 'invalid_api_url', /"api"/],
    [{ api: API, currency: 'eur' }, 'invalid_currency', /"currency"/],
    [{ api: API, mode: 'modal' }, 'invalid_mode', /"mode" .* inline or drawer; got "modal"/],
    [{ api: API, quantity: '1.5' }, 'invalid_quantity', /"quantity"/],
    [{ api: API, quantity: '1000' }, 'invalid_quantity', /"quantity"/],
    [{ api: API, quantity: 'two' }, 'invalid_quantity', /"quantity"/],
  ])('refuses %o as CONFIG (%s)', (input, reason, message) => {
    const result = parse(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'CONFIG', reason })
    expect(result.error.message).toMatch(message)
    expect(result.error.message).toContain('<weship-checkout')
    expect(result.error.docsUrl).toMatch(/reference\/elements\.md#weship-checkout$/)
  })

  it('accepts the edges of each rule', () => {
    const result = parse({ api: 'http://127.0.0.1:4010/api', sku: 'x'.repeat(64), quantity: '999' })
    expect(result.ok && result.config).toMatchObject({ sku: 'x'.repeat(64), quantity: 999 })
  })

  it('reports the first bad field in attribute order', () => {
    const result = parse({ api: 'ftp://shop', theme: 'pink' })
    expect(!result.ok && result.error.reason).toBe('invalid_api_url')
  })

  it('names a required attribute that is missing', () => {
    const result = parse({ api: API }, ['sku'])
    expect(!result.ok && result.error.message).toMatch(/"sku" attribute must be .*; got nothing/)
  })
})
