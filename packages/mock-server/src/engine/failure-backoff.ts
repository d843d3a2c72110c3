/** How long a key waits after its failures: free ones first, then doubling waits up to a cap. */
export interface BackoffRule {
  /** Failures with no wait after them. */
  free: number
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  firstWaitMs: number
  maxWaitMs: number
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number
}

/** Failures per key (a client, a target, a pair of both) and the wait they earned. */
export interface FailureBackoff {
  /** Seconds the key must still wait (0 when it may try now). */
  wait(key: string): number
  recordFailure(key: string): void
  /** Takes back one failure (a guess counted up front that turned out right). */
  forgive(key: string): void
}

export function createFailureBackoff(rule: BackoffRule, now: () => Date): FailureBackoff {
  const keys = new Map<string, { failures: number; lastAt: number; until: number }>()
  const nowMs = () => now().getTime()
  const current = (key: string) => {
    const entry = keys.get(key)
    if (entry && nowMs() - entry.lastAt >= rule.forgetAfterMs) {
      keys.delete(key)
      return undefined
    }
    return entry
  }
  const waitAfter = (failures: number) =>
    failures < rule.free
      ? 0
      : Math.min(rule.maxWaitMs, rule.firstWaitMs * 2 ** Math.min(30, failures - rule.free))

  return {
    wait(key) {
      const left = (current(key)?.until ?? 0) - nowMs()
      return left > 0 ? Math.ceil(left / 1000) : 0
    },
    recordFailure(key) {
      const at = nowMs()
      const failures = (current(key)?.failures ?? 0) + 1
      keys.set(key, { failures, lastAt: at, until: at + waitAfter(failures) })
      // Forgotten keys say nothing: drop them, so memory follows recent failures only.
      if (keys.size > 10_000) {
        for (const [other, entry] of keys) {
          if (at - entry.lastAt >= rule.forgetAfterMs) keys.delete(other)
        }
      }
    },
    forgive(key) {
      const entry = current(key)
      if (!entry) return
      if (entry.failures <= 1) keys.delete(key)
      else keys.set(key, { ...entry, failures: entry.failures - 1, until: 0 })
    },
  }
}
