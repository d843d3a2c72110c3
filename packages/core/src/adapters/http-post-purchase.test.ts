import { describe, expect, it, vi } from 'vitest'
import { cartFixture } from '../testing/fixtures.js'
import { createHttpAdapter } from './http.js'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function adapterWith(response: Response) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => response)
  const adapter = createHttpAdapter({
    baseUrl: 'http://127.0.0.1:4010',
    fetch: fetch as unknown as typeof globalThis.fetch,
    retries: 0,
  })
  return { adapter, fetch }
}

const headersOf = (init: RequestInit | undefined) => new Headers(init?.headers)

describe('http adapter: after the order', () => {
  it('declares tracking and cart recovery', () => {
    const { adapter } = adapterWith(json({}))
    expect(adapter.capabilities).toMatchObject({ tracking: true, cartRecovery: true })
  })

  it('reads tracking with the order token in a header, and parses it', async () => {
    const { adapter, fetch } = adapterWith(json({ orderId: 'o/1', shipments: [] }))
    await expect(adapter.getTracking?.('o/1', { token: 'secret' })).resolves.toEqual({
      orderId: 'o/1',
      shipments: [],
    })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('http://127.0.0.1:4010/orders/o%2F1/tracking')
    expect(headersOf(init).get('weship-order-token')).toBe('secret')
  })

  it('refuses a tracking answer with an unknown status', async () => {
    const shipment = { id: 's', index: 1, count: 1, status: 'lost_at_sea', trackingNumber: null }
    const { adapter } = adapterWith(json({ orderId: 'o', shipments: [shipment] }))
    await expect(adapter.getTracking?.('o', { token: 't' })).rejects.toMatchObject({
      code: 'ADAPTER',
    })
  })

  it('posts feedback with the token, and a recovery token in the body, not the URL', async () => {
    const feedback = { orderId: 'o', rating: 5, submittedAt: '2026-11-26T10:00:00.000Z' }
    const first = adapterWith(json(feedback, 201))
    await first.adapter.submitFeedback?.('o', { rating: 5 }, { token: 'secret' })
    const [, init] = first.fetch.mock.calls[0] ?? []
    expect(init?.method).toBe('POST')
    expect(headersOf(init).get('weship-order-token')).toBe('secret')
    expect(JSON.parse(String(init?.body))).toEqual({ rating: 5 })

    const second = adapterWith(json(cartFixture({ id: 'c1' })))
    await second.adapter.recoverCart?.('recovery-token')
    const [url, recoverInit] = second.fetch.mock.calls[0] ?? []
    expect(url).toBe('http://127.0.0.1:4010/cart-recoveries')
    expect(JSON.parse(String(recoverInit?.body))).toEqual({ token: 'recovery-token' })
  })

  it('looks an order up by number and e-mail in a JSON body, never the URL', async () => {
    const lookup = { orderId: 'o', token: 'fresh', expiresAt: '2026-11-27T10:00:00.000Z' }
    const { adapter, fetch } = adapterWith(json(lookup, 201))
    expect(adapter.capabilities.orderLookup).toBe(true)
    await expect(
      adapter.lookUpOrder?.({ number: 'WS-10001', email: 'ada@example.com' }),
    ).resolves.toEqual(lookup)
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('http://127.0.0.1:4010/order-lookups')
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({ number: 'WS-10001', email: 'ada@example.com' })
  })
})
