import { type BackoffRule, createFailureBackoff } from './failure-backoff.js'
import { createRateLimiter } from './rate-limit.js'
import { TooManyAttemptsError } from './too-many-attempts.js'

/**
 * Guesses at a secret that belongs to a target (a sign-in e-mail's password, an order number's
 * e-mail), limited so that an attacker's wrong guesses never lock the owner out:
 * - per client and target, free guesses then doubling waits (one client hammering one target);
 * - per client, a fixed budget per window (one client trying many targets);
 * - per target, a larger allowance then short, capped waits (many clients on one target), which
 *   a client that got in to this target before is exempt from, so the owner still gets in.
 */
export interface GuessGuard {
  /**
   * Counts a guess before it is checked (parallel guesses cannot all slip through a slow check);
   * throws 429 `too_many_attempts` with the wait while a limit holds. Call `succeeded()` when
   * the guess was right: it is given back.
   */
  guess(target: string, client: string): { succeeded(): void }
}

export interface GuessGuardRules {
  perClient: { limit: number; windowMs: number }
  perClientAndTarget: BackoffRule
  perTarget: BackoffRule
}

const MINUTE = 60_000
/** Sign-ins and order look-ups: a typo-prone owner never waits, a guesser soon does. */
export const OWNER_FRIENDLY_GUESSES: GuessGuardRules = {
  perClient: { limit: 30, windowMs: 15 * MINUTE },
  perClientAndTarget: {
    free: 5,
    firstWaitMs: 1_000,
    maxWaitMs: 15 * MINUTE,
    forgetAfterMs: 30 * MINUTE,
  },
  perTarget: { free: 20, firstWaitMs: 1_000, maxWaitMs: MINUTE, forgetAfterMs: 15 * MINUTE },
}
// Clients remembered per target as having got in; a few devices per owner is plenty.
const KNOWN_CLIENTS_PER_TARGET = 5
const MAX_TARGETS_REMEMBERED = 10_000

export function createGuessGuard(rules: GuessGuardRules, now: () => Date): GuessGuard {
  const clients = createRateLimiter({ ...rules.perClient, now })
  const pairs = createFailureBackoff(rules.perClientAndTarget, now)
  const targets = createFailureBackoff(rules.perTarget, now)
  const known = new Map<string, string[]>()

  function remember(target: string, client: string) {
    const list = (known.get(target) ?? []).filter((other) => other !== client)
    known.delete(target)
    known.set(target, [...list, client].slice(-KNOWN_CLIENTS_PER_TARGET))
    for (const [oldest] of known) {
      if (known.size <= MAX_TARGETS_REMEMBERED) break
      known.delete(oldest)
    }
  }

  return {
    guess(target, client) {
      const pair = `${target}\n${client}`
      const isKnown = known.get(target)?.includes(client) ?? false
      const wait = Math.max(
        pairs.wait(pair),
        isKnown ? 0 : targets.wait(target),
        clients.retryAfter(client),
      )
      if (wait > 0) throw new TooManyAttemptsError(wait)
      if (!clients.attempt(client)) throw new TooManyAttemptsError(clients.retryAfter(client))
      pairs.recordFailure(pair)
      targets.recordFailure(target)
      return {
        succeeded() {
          pairs.forgive(pair)
          targets.forgive(target)
          clients.refund(client)
          remember(target, client)
        },
      }
    },
  }
}
