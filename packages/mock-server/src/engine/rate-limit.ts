/**
 * A fixed-window counter per key (cart id, client address): enough to make brute-forcing gift
 * card codes or card numbers pointless, and cheap enough for every request.
 */
export interface RateLimiter {
  /** Counts one attempt; false when the key is over its limit for the current window. */
  attempt(key: string): boolean
  /** Seconds until the key may try again (0 when it may now). */
  retryAfter(key: string): number
  /** Gives back one counted attempt, for limits that only count failures. */
  refund(key: string): void
}

export function createRateLimiter(options: {
  limit: number
  windowMs: number
  now: () => Date
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  const current = (key: string) => {
    const now = options.now().getTime()
    const window = windows.get(key)
    if (window && now - window.start < options.windowMs) return window
    // Drops expired windows as it goes, so memory stays bounded by active keys.
    if (windows.size > 10_000) {
      for (const [other, entry] of windows) {
        if (now - entry.start >= options.windowMs) windows.delete(other)
      }
    }
    const fresh = { start: now, count: 0 }
    windows.set(key, fresh)
    return fresh
  }
  return {
    attempt(key) {
      const window = current(key)
      window.count += 1
      return window.count <= options.limit
    },
    refund(key) {
      const window = windows.get(key)
      if (window && window.count > 0) window.count -= 1
    },
    retryAfter(key) {
      const window = windows.get(key)
      if (!window || window.count <= options.limit) return 0
      const left = window.start + options.windowMs - options.now().getTime()
      return Math.max(0, Math.ceil(left / 1000))
    },
  }
}
