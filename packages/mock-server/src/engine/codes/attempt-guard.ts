import { createRateLimiter } from '../rate-limit.js'
import { TooManyAttemptsError } from '../too-many-attempts.js'

/** Counts refused attempts per key and refuses every attempt once `failures` are used up. */
export interface AttemptGuard {
  /** Throws TooManyAttemptsError while the key is locked out. */
  assertAllowed(key: string): void
  recordFailure(key: string): void
}

export function createAttemptGuard(options: {
  failures: number
  windowMs: number
  now: () => Date
}): AttemptGuard {
  // The limiter reports a key only past its limit, so one below lets exactly `failures` through.
  const limiter = createRateLimiter({
    limit: options.failures - 1,
    windowMs: options.windowMs,
    now: options.now,
  })
  return {
    assertAllowed(key) {
      const wait = limiter.retryAfter(key)
      if (wait > 0)
        throw new TooManyAttemptsError(wait, 'Too many codes were refused. Try again later.')
    },
    recordFailure: (key) => void limiter.attempt(key),
  }
}
