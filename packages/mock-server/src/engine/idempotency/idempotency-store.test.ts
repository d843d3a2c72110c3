import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createIdempotencyStore } from './idempotency-store.js'

const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })

function setup(options: { ttlMs?: number } = {}) {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const keepsError = (error: unknown) =>
    error instanceof CheckoutError && error.code === 'PAYMENT_DECLINED'
  const store = createIdempotencyStore<{ order: number }>({
    now: clock.now,
    keepsError,
    ...options,
  })
  let runs = 0
  const execute = async () => ({ order: ++runs })
  return { clock, store, execute, runs: () => runs }
}

describe('idempotency store', () => {
  it('answers the same key and request from the stored result, running it once', async () => {
    const { store, execute, runs } = setup()
    const first = await store.run('key-1', 'body-a', execute)
    const again = await store.run('key-1', 'body-a', execute)
    expect(again).toEqual(first)
    expect(runs()).toBe(1)
    again.order = 99
    expect(await store.run('key-1', 'body-a', execute)).toEqual({ order: 1 })
  })

  it('refuses the same key with another request (422 idempotency_key_reused)', async () => {
    const { store, execute } = setup()
    await store.run('key-1', 'body-a', execute)
    await expect(store.run('key-1', 'body-b', execute)).rejects.toEqual(
      refused(422, 'idempotency_key_reused'),
    )
  })

  it('refuses a second request while the first with its key runs (409 in flight)', async () => {
    const { store } = setup()
    let finish: (value: { order: number }) => void = () => {}
    const slow = store.run('key-1', 'body-a', () => new Promise((resolve) => (finish = resolve)))
    await expect(store.run('key-1', 'body-a', async () => ({ order: 2 }))).rejects.toEqual(
      refused(409, 'idempotency_key_in_flight'),
    )
    finish({ order: 1 })
    expect(await slow).toEqual({ order: 1 })
    expect(await store.run('key-1', 'body-a', async () => ({ order: 3 }))).toEqual({ order: 1 })
  })

  it('keeps a processor answer (a decline) but forgets a refusal before any payment', async () => {
    const { store } = setup()
    const decline = new CheckoutError('PAYMENT_DECLINED', 'declined', { status: 402 })
    await expect(store.run('key-1', 'a', () => Promise.reject(decline))).rejects.toBe(decline)
    await expect(store.run('key-1', 'a', async () => ({ order: 1 }))).rejects.toBe(decline)

    const badInput = new CheckoutError('VALIDATION', 'missing contact', { status: 422 })
    await expect(store.run('key-2', 'a', () => Promise.reject(badInput))).rejects.toBe(badInput)
    // The shopper fixed the cart: the same key may carry the corrected request.
    expect(await store.run('key-2', 'b', async () => ({ order: 7 }))).toEqual({ order: 7 })
  })

  it('forgets keys after their TTL (24 h by default), so memory stays bounded', async () => {
    const { clock, store, execute, runs } = setup()
    await store.run('key-1', 'body-a', execute)
    clock.advance(24 * 3600_000 - 1)
    await store.run('key-1', 'body-a', execute)
    expect(runs()).toBe(1)
    clock.advance(1)
    expect(await store.run('key-1', 'body-b', execute)).toEqual({ order: 2 })
    expect(store.size).toBe(1)
  })

  it('honours a configured TTL', async () => {
    const { clock, store, execute, runs } = setup({ ttlMs: 60_000 })
    await store.run('key-1', 'a', execute)
    clock.advance(60_000)
    await store.run('key-1', 'a', execute)
    expect(runs()).toBe(2)
  })

  it('wants a key of 1 to 255 characters', async () => {
    const { store, execute } = setup()
    for (const key of ['', 'k'.repeat(256)]) {
      await expect(store.run(key, 'a', execute)).rejects.toEqual(
        refused(400, 'idempotency_key_required'),
      )
    }
    expect(await store.run('k'.repeat(255), 'a', execute)).toEqual({ order: 1 })
  })

  it('takes a request known by several fingerprints as the stored one when any matches', async () => {
    const { store, execute, runs } = setup()
    await store.run('key-1', ['token-a', 'card-1'], execute)
    expect(await store.run('key-1', ['token-b', 'card-1'], execute)).toEqual({ order: 1 })
    // token-b is remembered with the key: it matches on its own from now on.
    expect(await store.run('key-1', ['token-b'], execute)).toEqual({ order: 1 })
    await expect(store.run('key-1', ['token-c', 'card-2'], execute)).rejects.toEqual(
      refused(422, 'idempotency_key_reused'),
    )
    expect(runs()).toBe(1)
  })
})
