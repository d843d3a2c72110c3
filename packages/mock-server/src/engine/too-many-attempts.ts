import { CheckoutError } from '@weship/checkout-core'
import type { RateLimiter } from './rate-limit.js'

/** A 429 refusal that knows when to try again; the HTTP layer sends it as `Retry-After`. */
export class TooManyAttemptsError extends CheckoutError {
  readonly retryAfterSeconds: number

  constructor(retryAfterSeconds: number, message = 'Too many attempts. Try again later.') {
    super('VALIDATION', message, { status: 429, reason: 'too_many_attempts' })
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** Counts one attempt against every limiter, refusing when any of them is over its limit. */
export function countAttempt(checks: ReadonlyArray<readonly [RateLimiter, string]>): void {
  // Every limiter counts the attempt, so a refused one still uses up the others' budget.
  const refused = checks.filter(([limiter, key]) => !limiter.attempt(key))
  if (refused.length === 0) return
  const wait = Math.max(...refused.map(([limiter, key]) => limiter.retryAfter(key)))
  throw new TooManyAttemptsError(Math.max(1, wait))
}
