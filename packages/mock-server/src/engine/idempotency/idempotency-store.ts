import { CheckoutError } from '@weship/checkout-core'

export interface IdempotencyStoreOptions {
  now: () => Date
  /** How long a key is remembered; the contract asks for at least 24 hours. */
  ttlMs?: number
  /** Which failures are answers to keep (a decline) rather than refusals to forget (bad input). */
  keepsError?: (error: unknown) => boolean
}

/**
 * Runs a request at most once per idempotency key. Same key and request → the stored answer
 * (a success or a kept failure); same key, other request → 422; while the first runs → 409.
 * Refusals before anything happened are not kept, so a fixed request may reuse its key.
 *
 * A request may be known by several fingerprints (a card payment by its token and by its card):
 * it is the same request as the stored one when any of them matches, and its others are then
 * remembered for the key too.
 */
export interface IdempotencyStore<T> {
  run(key: string, fingerprints: string | readonly string[], execute: () => Promise<T>): Promise<T>
  /** Keys remembered right now, finished or in flight. */
  readonly size: number
}

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255

// A key sees a handful of retries at most; this only bounds a hostile one.
const MAX_FINGERPRINTS_PER_KEY = 16

type Entry<T> = {
  fingerprints: Set<string>
  createdAt: number
  outcome?: { ok: true; value: T } | { ok: false; error: unknown }
}

export function createIdempotencyStore<T>(options: IdempotencyStoreOptions): IdempotencyStore<T> {
  const ttlMs = options.ttlMs ?? IDEMPOTENCY_TTL_MS
  const keepsError = options.keepsError ?? (() => false)
  const entries = new Map<string, Entry<T>>()
  const nowMs = () => options.now().getTime()

  function sweep() {
    // Keys are inserted as they arrive and share one TTL, so the expired ones come first.
    for (const [key, entry] of entries) {
      if (entry.createdAt + ttlMs > nowMs()) break
      if (entry.outcome) entries.delete(key)
    }
  }

  return {
    get size() {
      return entries.size
    },
    async run(key, fingerprint, execute) {
      assertKey(key)
      sweep()
      const fingerprints = typeof fingerprint === 'string' ? [fingerprint] : fingerprint
      const existing = entries.get(key)
      if (existing) {
        const known = existing.fingerprints
        if (!fingerprints.some((candidate) => known.has(candidate))) throw keyReused()
        for (const candidate of fingerprints) {
          if (known.size < MAX_FINGERPRINTS_PER_KEY) known.add(candidate)
        }
        if (!existing.outcome) throw keyInFlight()
        const { outcome } = existing
        if (!outcome.ok) throw outcome.error
        return structuredClone(outcome.value)
      }
      const entry: Entry<T> = { fingerprints: new Set(fingerprints), createdAt: nowMs() }
      entries.set(key, entry)
      try {
        const value = await execute()
        entry.outcome = { ok: true, value: structuredClone(value) }
        return value
      } catch (error) {
        if (keepsError(error)) entry.outcome = { ok: false, error }
        else entries.delete(key)
        throw error
      }
    },
  }
}

function assertKey(key: string): void {
  if (key.length >= 1 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH) return
  throw new CheckoutError('VALIDATION', 'Send an Idempotency-Key header of 1 to 255 characters.', {
    status: 400,
    reason: 'idempotency_key_required',
  })
}

function keyReused(): CheckoutError {
  const detail = 'This Idempotency-Key was used for another request; use a new key.'
  return new CheckoutError('VALIDATION', detail, { status: 422, reason: 'idempotency_key_reused' })
}

function keyInFlight(): CheckoutError {
  const detail = 'A request with this Idempotency-Key is still being processed; retry shortly.'
  return new CheckoutError('CONFLICT', detail, { status: 409, reason: 'idempotency_key_in_flight' })
}
