/**
 * A token bucket per key (a client): `capacity` requests at once, then one more every
 * `refillMs`. Bursts a real shopper makes pass; a flood runs dry at once and stays dry.
 */
export interface TokenBucket {
  /** Takes one token; 0 when it had one, else the seconds until the next one. */
  take(key: string): number
}

export function createTokenBucket(options: {
  capacity: number
  refillMs: number
  now: () => Date
}): TokenBucket {
  const { capacity, refillMs } = options
  const buckets = new Map<string, { tokens: number; at: number }>()
  const refilled = (bucket: { tokens: number; at: number }, now: number) =>
    Math.min(capacity, bucket.tokens + (now - bucket.at) / refillMs)

  return {
    take(key) {
      const now = options.now().getTime()
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now }
      const tokens = refilled(bucket, now)
      if (tokens < 1) return Math.max(1, Math.ceil(((1 - tokens) * refillMs) / 1000))
      buckets.set(key, { tokens: tokens - 1, at: now })
      // Full buckets say nothing a missing one would not: drop them, so memory follows activity.
      if (buckets.size > 10_000) {
        for (const [other, entry] of buckets) {
          if (refilled(entry, now) >= capacity) buckets.delete(other)
        }
      }
      return 0
    },
  }
}
