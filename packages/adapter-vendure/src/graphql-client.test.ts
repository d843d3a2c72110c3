import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createGraphqlClient } from './graphql-client.js'

const schema = z.object({ activeOrder: z.null() })
const answer = (headers: Record<string, string> = {}, status = 200, body?: string) =>
  new Response(body ?? JSON.stringify({ data: { activeOrder: null } }), { status, headers })
/** Never answers; rejects when its signal aborts, as a real fetch does. */
const hang: typeof fetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    if (init?.signal?.aborted) reject(init.signal.reason)
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
  })

describe('the Shop API client', () => {
  it('sends the session as a bearer token, never cookies, and reads a new token', async () => {
    const sent: RequestInit[] = []
    const client = createGraphqlClient({
      shopApiUrl: 'http://127.0.0.1:1/shop-api',
      channelToken: 'eu-channel',
      fetch: async (_url, init) => {
        sent.push(init ?? {})
        return answer({ 'vendure-auth-token': 'new-token' })
      },
    })
    const result = await client.request({ query: '{ activeOrder { id } }', schema, token: 'old' })
    expect(result.token).toBe('new-token')
    const headers = new Headers(sent[0]?.headers)
    expect(headers.get('authorization')).toBe('Bearer old')
    expect(headers.get('vendure-token')).toBe('eu-channel')
    expect(sent[0]?.credentials).toBe('omit')
  })

  it('reports an unreachable shop as NETWORK with reason unreachable', async () => {
    const down = createGraphqlClient({
      shopApiUrl: 'http://127.0.0.1:1/shop-api',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    const error = await down.request({ query: '{}', schema }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CheckoutError)
    expect(error).toMatchObject({ code: 'NETWORK', reason: 'unreachable' })
  })

  it('reports a call cancelled before or during the request as CANCELLED', async () => {
    const hanging = createGraphqlClient({ shopApiUrl: 'http://127.0.0.1:1/shop-api', fetch: hang })
    const before = hanging.request({ query: '{}', schema, signal: AbortSignal.abort() })
    await expect(before).rejects.toMatchObject({ code: 'CANCELLED' })
    const controller = new AbortController()
    const during = hanging.request({ query: '{}', schema, signal: controller.signal })
    controller.abort()
    await expect(during).rejects.toMatchObject({ code: 'CANCELLED' })
  })

  it('times out a silent shop as NETWORK with reason timeout', async () => {
    const silent = createGraphqlClient({
      shopApiUrl: 'http://127.0.0.1:1/shop-api',
      timeoutMs: 20,
      fetch: hang,
    })
    await expect(silent.request({ query: '{}', schema })).rejects.toMatchObject({
      code: 'NETWORK',
      reason: 'timeout',
    })
  })

  it('times out a shop that stalls halfway through its answer', async () => {
    const stalling = createGraphqlClient({
      shopApiUrl: 'http://127.0.0.1:1/shop-api',
      timeoutMs: 20,
      fetch: async (_url, init) => {
        const body = new ReadableStream({
          start(stream) {
            stream.enqueue(new TextEncoder().encode('{"data":'))
            init?.signal?.addEventListener('abort', () => stream.error(init.signal?.reason))
          },
        })
        return new Response(body)
      },
    })
    await expect(stalling.request({ query: '{}', schema })).rejects.toMatchObject({
      code: 'NETWORK',
      reason: 'timeout',
    })
  })

  it('turns a proxy page instead of JSON into a CheckoutError', async () => {
    const proxied = createGraphqlClient({
      shopApiUrl: 'http://127.0.0.1:1/shop-api',
      fetch: async () => answer({}, 502, '<html>Bad gateway</html>'),
    })
    const error = await proxied.request({ query: '{}', schema }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CheckoutError)
    expect(error).toMatchObject({ code: 'NETWORK', status: 502, reason: 'invalid_response' })
  })
})
