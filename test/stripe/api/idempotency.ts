/**
 * Stripe's idempotent requests (https://docs.stripe.com/api/idempotent_requests): the first
 * request with a key saves its status code and body, whether it succeeded or failed, and a
 * request with the same key and the same parameters gets them again (marked with
 * `Idempotent-Replayed: true`); the same key with other parameters is an `idempotency_error`.
 * Results are saved only once the endpoint started executing: a request refused for its
 * parameters saves nothing. A key used while its first request still runs is refused (409).
 * Keys are kept 24 hours and belong to one API key (account).
 */
export interface StoredAnswer {
  status: number
  body: unknown
}

interface Entry {
  fingerprint: string
  createdAt: number
  answer?: StoredAnswer
}

export const KEY_TTL_MS = 24 * 3600_000

export function createIdempotencyKeys(now: () => number) {
  const entries = new Map<string, Entry>()

  return {
    async run(
      scope: string,
      key: string,
      fingerprint: string,
      execute: () => Promise<StoredAnswer & { saved: boolean }>,
    ): Promise<StoredAnswer & { replayed: boolean }> {
      const id = `${scope} ${key}`
      const existing = entries.get(id)
      if (existing && existing.createdAt + KEY_TTL_MS > now()) {
        if (existing.fingerprint !== fingerprint)
          return { ...idempotencyError(key), replayed: false }
        if (!existing.answer) return { ...keyInUse(), replayed: false }
        return { ...existing.answer, replayed: true }
      }
      const entry: Entry = { fingerprint, createdAt: now() }
      entries.set(id, entry)
      const answer = await execute()
      if (answer.saved) entry.answer = { status: answer.status, body: answer.body }
      else entries.delete(id)
      return { status: answer.status, body: answer.body, replayed: false }
    },
  }
}

function idempotencyError(key: string): StoredAnswer {
  return {
    status: 400,
    body: {
      error: {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      },
    },
  }
}

function keyInUse(): StoredAnswer {
  return {
    status: 409,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'idempotency_key_in_use',
        message:
          'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): try again later.',
      },
    },
  }
}
