import { afterEach, describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import { fetchWithDeadline } from './fetch-with-deadline.js'

const URL = 'http://127.0.0.1:1/x'

/** A fetch that never answers, rejecting only when its signal aborts, as a real fetch does. */
function hangingFetch(seen: RequestInit[] = []) {
  return ((_url: string, init?: RequestInit) => {
    if (init) seen.push(init)
    return new Promise<Response>((_resolve, reject) => {
      if (init?.signal?.aborted) reject(init.signal.reason)
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
    })
  }) as typeof fetch
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  )

afterEach(() => {
  vi.useRealTimers()
})

describe('fetchWithDeadline', () => {
  it('answers with the response, sending the init with its own signal', async () => {
    const seen: RequestInit[] = []
    const response = await fetchWithDeadline(
      URL,
      { method: 'POST', body: '{}' },
      {
        timeoutMs: 1_000,
        fetch: (async (_url: string, init?: RequestInit) => {
          seen.push(init ?? {})
          return new Response('ok', { status: 201 })
        }) as typeof fetch,
      },
    )
    expect(response.status).toBe(201)
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{}' })
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal)
  })

  it('reports the deadline as NETWORK with reason timeout', async () => {
    const error = await failure(fetchWithDeadline(URL, {}, { timeoutMs: 5, fetch: hangingFetch() }))
    expect(error).toBeInstanceOf(CheckoutError)
    expect(error).toMatchObject({ code: 'NETWORK', reason: 'timeout' })
  })

  it('reports a rejected fetch as NETWORK with reason unreachable', async () => {
    const down = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch
    const error = await failure(fetchWithDeadline(URL, {}, { timeoutMs: 1_000, fetch: down }))
    expect(error).toMatchObject({ code: 'NETWORK', reason: 'unreachable' })
  })

  it('reports a caller abort as CANCELLED, also one made before the call', async () => {
    const controller = new AbortController()
    const pending = fetchWithDeadline(
      URL,
      {},
      { timeoutMs: 1_000, fetch: hangingFetch(), signal: controller.signal },
    )
    controller.abort()
    expect(await failure(pending)).toMatchObject({ code: 'CANCELLED' })

    const before = fetchWithDeadline(
      URL,
      {},
      { timeoutMs: 1_000, fetch: hangingFetch(), signal: AbortSignal.abort() },
    )
    expect(await failure(before)).toMatchObject({ code: 'CANCELLED' })
  })

  it('lets go of the caller signal and the timer once settled', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const seen: RequestInit[] = []
    const answering = (async (_url: string, init?: RequestInit) => {
      seen.push(init ?? {})
      return new Response('ok')
    }) as typeof fetch
    await fetchWithDeadline(
      URL,
      {},
      { timeoutMs: 1_000, fetch: answering, signal: controller.signal },
    )
    const failing = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch
    await failure(
      fetchWithDeadline(URL, {}, { timeoutMs: 1_000, fetch: failing, signal: controller.signal }),
    )
    expect(vi.getTimerCount()).toBe(0)
    // Were the listener left behind, a later cancel would still reach the finished request.
    controller.abort()
    expect(seen[0]?.signal?.aborted).toBe(false)
  })

  it('keeps reading the body under the deadline, and passes the reader’s own errors through', async () => {
    const stalling = ((_url: string, init?: RequestInit) => {
      const body = new ReadableStream({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"da'))
          init?.signal?.addEventListener('abort', () => stream.error(init.signal?.reason))
        },
      })
      return Promise.resolve(new Response(body))
    }) as typeof fetch
    const stalled = fetchWithDeadline(URL, {}, { timeoutMs: 5, fetch: stalling }, (r) => r.text())
    expect(await failure(stalled)).toMatchObject({ code: 'NETWORK', reason: 'timeout' })

    const own = new CheckoutError('ADAPTER', 'bad body', { reason: 'invalid_response' })
    const answering = (async () => new Response('<html>')) as typeof fetch
    const refused = fetchWithDeadline(URL, {}, { timeoutMs: 1_000, fetch: answering }, () =>
      Promise.reject(own),
    )
    expect(await failure(refused)).toBe(own)
  })
})
