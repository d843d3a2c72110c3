import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import { cartFixture } from '../testing/fixtures.js'
import { createHttpAdapter } from './http.js'

const cart = cartFixture({ id: 'c1' })

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })

const problem = (status: number, code: string, reason: string) =>
  json(
    { type: 'about:blank', title: 'Nope', status, code, reason },
    status,
    'application/problem+json',
  )

function adapterWith(...responses: Array<Response | Error>) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const next = responses.shift()
    if (!next) throw new Error('no more responses')
    if (next instanceof Error) throw next
    return next
  })
  const adapter = createHttpAdapter({
    baseUrl: 'http://127.0.0.1:4010/',
    fetch: fetch as unknown as typeof globalThis.fetch,
    retryDelayMs: 1,
  })
  return { adapter, fetch }
}

async function failure(promise: Promise<unknown>): Promise<CheckoutError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(CheckoutError)
  return error as CheckoutError
}

describe('http adapter', () => {
  it('gets and parses a cart from the REST path', async () => {
    const { adapter, fetch } = adapterWith(json(cart))
    await expect(adapter.getCart('c/1')).resolves.toEqual(cart)
    expect(fetch.mock.calls[0]?.[0]).toBe('http://127.0.0.1:4010/carts/c%2F1')
  })

  it('sends SKUs and quantities, never prices', async () => {
    const { adapter, fetch } = adapterWith(json(cart))
    await adapter.addItem('c1', { sku: 'MUG-WHITE', quantity: 2 })
    const init = fetch.mock.calls[0]?.[1]
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({ sku: 'MUG-WHITE', quantity: 2 })
  })

  it('maps problem documents to CheckoutError codes', async () => {
    const { adapter } = adapterWith(problem(404, 'ADAPTER', 'cart_not_found'))
    const error = await failure(adapter.getCart('nope'))
    expect(error).toMatchObject({ code: 'ADAPTER', reason: 'cart_not_found', status: 404 })
  })

  it('keeps each field error with its own reason', async () => {
    const errors = [
      { field: 'postalCode', message: 'Enter a valid PIN code.', reason: 'invalid_postal_code' },
      { field: 'region', message: 'Choose the state.', reason: 'required' },
    ]
    const body = { type: 'about:blank', title: 'Invalid address', status: 422, errors }
    const refusal = json(
      { ...body, code: 'VALIDATION', reason: 'invalid_address' },
      422,
      'application/problem+json',
    )
    const { adapter } = adapterWith(refusal)
    const address = { name: 'Priya', line1: '12 Janpath', city: 'Delhi', country: 'IN' }
    const error = await failure(adapter.setShippingAddress('c1', address))
    expect(error).toMatchObject({ code: 'VALIDATION', reason: 'invalid_address' })
    expect(error.fieldErrors).toEqual(errors)
  })

  it('falls back to the status when the problem code is not ours', async () => {
    const { adapter } = adapterWith(problem(409, 'version_mismatch', 'stale'))
    expect(await failure(adapter.addItem('c1', { sku: 'A', quantity: 1 }))).toMatchObject({
      code: 'CONFLICT',
    })
  })

  it('rejects a response that does not match the contract', async () => {
    const { adapter } = adapterWith(json({ id: 'c1', total: '12.00' }))
    expect(await failure(adapter.getCart('c1'))).toMatchObject({
      code: 'ADAPTER',
      reason: 'malformed_response',
    })
  })

  it('rejects a body that is not JSON', async () => {
    const { adapter } = adapterWith(new Response('<html>oops</html>', { status: 200 }))
    expect(await failure(adapter.getCart('c1'))).toMatchObject({ reason: 'malformed_response' })
  })

  it('retries reads after network errors, then succeeds', async () => {
    const { adapter, fetch } = adapterWith(new TypeError('fetch failed'), json(cart))
    await expect(adapter.getCart('c1')).resolves.toEqual(cart)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('gives up on reads after the retries with a NETWORK error', async () => {
    const down = () => new TypeError('fetch failed')
    const { adapter, fetch } = adapterWith(down(), down(), down())
    expect(await failure(adapter.getCart('c1'))).toMatchObject({
      code: 'NETWORK',
      reason: 'unreachable',
    })
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('never retries a non-idempotent write', async () => {
    const { adapter, fetch } = adapterWith(problem(503, 'ADAPTER', 'busy'), json(cart))
    await failure(adapter.addItem('c1', { sku: 'A', quantity: 1 }))
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('times out a request that hangs', async () => {
    const fetch = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
        }),
    )
    const adapter = createHttpAdapter({
      baseUrl: 'http://127.0.0.1:1',
      fetch: fetch as unknown as typeof globalThis.fetch,
      timeoutMs: 5,
      retries: 0,
    })
    expect(await failure(adapter.getCart('c1'))).toMatchObject({
      code: 'NETWORK',
      reason: 'timeout',
    })
  })

  it('reports a caller abort as CANCELLED', async () => {
    const controller = new AbortController()
    const fetch = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')))
        }),
    )
    const adapter = createHttpAdapter({
      baseUrl: 'http://127.0.0.1:1',
      fetch: fetch as unknown as typeof globalThis.fetch,
    })
    const pending = adapter.getCart('c1', { signal: controller.signal })
    controller.abort()
    expect(await failure(pending)).toMatchObject({ code: 'CANCELLED' })
  })

  it('refuses a base URL that is not http(s) as CONFIG', () => {
    expect(() => createHttpAdapter({ baseUrl: 'javascript:alert(1)' })).toThrow(CheckoutError)
    expect(() => createHttpAdapter({ baseUrl: 'not a url' })).toThrow(/not an http\(s\) URL/)
  })

  it('declares the origins it needs for CSP, the payment pages included', () => {
    const adapter = createHttpAdapter({
      baseUrl: 'https://shop.example/api/',
      paymentOrigins: ['https://pay.example/hosted-fields'],
    })
    expect(adapter.cspRequirements.connectSrc).toEqual(['https://shop.example'])
    expect(adapter.cspRequirements.frameSrc).toEqual(['https://pay.example'])
  })

  it('frames no payment page of a remote API that declared none, not even its own', () => {
    const adapter = createHttpAdapter({ baseUrl: 'https://shop.example/api' })
    expect(adapter.cspRequirements.frameSrc).toEqual([])
  })

  it('lets an API on this machine (the mock server) frame pages of this machine', () => {
    const adapter = createHttpAdapter({ baseUrl: 'http://127.0.0.1:4010' })
    expect(adapter.cspRequirements.frameSrc).toEqual([
      'http://localhost:*',
      'http://127.0.0.1:*',
      'http://[::1]:*',
    ])
    // Declaring origins replaces that default, so a merchant can be strict locally too.
    const strict = createHttpAdapter({ baseUrl: 'http://localhost:4010', paymentOrigins: [] })
    expect(strict.cspRequirements.frameSrc).toEqual([])
  })

  // A declared http origin off loopback passes here; the model refuses its pages (not https).
  it.each(['javascript:alert(1)', 'pay.example'])(
    'refuses %s as a payment origin',
    (paymentOrigin) => {
      const create = () =>
        createHttpAdapter({ baseUrl: 'https://shop.example', paymentOrigins: [paymentOrigin] })
      expect(create).toThrow(expect.objectContaining({ reason: 'invalid_payment_origin' }))
    },
  )

  it('does not spend another attempt of a rate limit on a retry', async () => {
    const { adapter, fetch } = adapterWith(
      problem(429, 'VALIDATION', 'too_many_attempts'),
      json(cart),
    )
    expect(await failure(adapter.getCart('c1'))).toMatchObject({ reason: 'too_many_attempts' })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
