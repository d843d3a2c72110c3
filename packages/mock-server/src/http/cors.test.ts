import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { isLoopbackOrigin, normaliseOrigins } from './cors.js'
import { createApp } from './create-app.js'

const API = 'http://127.0.0.1:4010'

function preflight(app: ReturnType<typeof createApp>, origin: string, method = 'PATCH') {
  return app.request(`${API}/carts/some-cart/items/line_1`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type, idempotency-key',
    },
  })
}

describe('http app: CORS', () => {
  it('allows a preflight from any loopback origin and port', async () => {
    const app = createApp(createCommerceEngine())
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      const response = await preflight(app, origin)
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(response.headers.get('access-control-allow-methods')).toBe(
        'GET,POST,PUT,PATCH,DELETE,OPTIONS',
      )
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'content-type,authorization,idempotency-key,weship-order-token',
      )
    }
  })

  it('refuses a preflight from any other origin with a problem that says how to allow it', async () => {
    const app = createApp(createCommerceEngine())
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      const response = await preflight(app, origin)
      expect(response.status).toBe(403)
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(await response.json()).toMatchObject({ reason: 'origin_not_allowed', code: 'CONFIG' })
    }
  })

  it('leaves responses to other origins unreadable (no allow-origin header)', async () => {
    const app = createApp(createCommerceEngine())
    const response = await app.request(`${API}/products`, {
      headers: { origin: 'https://evil.example' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('lets the widget read problem documents, not only successes', async () => {
    const app = createApp(createCommerceEngine())
    const origin = 'http://localhost:5173'
    for (const path of ['/carts/missing', '/nowhere']) {
      const response = await app.request(`${API}${path}`, { headers: { origin } })
      expect(response.status).toBe(404)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
    }
  })

  it('allows configured origins, and every origin only when `*` is passed', async () => {
    const shop = createApp(createCommerceEngine(), { allowedOrigins: ['https://shop.example/'] })
    const allowed = await preflight(shop, 'https://shop.example')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    expect((await preflight(shop, 'https://other.example')).status).toBe(403)
    const open = createApp(createCommerceEngine(), { allowedOrigins: ['*'] })
    const anyone = await preflight(open, 'https://anyone.example')
    expect(anyone.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('origin rules', () => {
  it('recognises loopback origins exactly', () => {
    expect(isLoopbackOrigin('http://localhost')).toBe(true)
    expect(isLoopbackOrigin('https://127.0.0.1:8443')).toBe(true)
    expect(isLoopbackOrigin('http://localhost:5173/path')).toBe(false)
    expect(isLoopbackOrigin('http://127.0.0.1.nip.io')).toBe(false)
    expect(isLoopbackOrigin('file://localhost')).toBe(false)
  })

  it('refuses a configured origin that is not an http(s) URL', () => {
    expect(normaliseOrigins(['https://shop.example/checkout', '*'])).toEqual([
      'https://shop.example',
      '*',
    ])
    expect(() => normaliseOrigins(['shop.example'])).toThrow(/not an http\(s\) origin/)
  })
})
