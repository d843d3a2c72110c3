import { randomBytes } from 'node:crypto'

export interface Sessions {
  open(customerId: string): string
  close(token: string | undefined): void
  customerIdFor(token: string | undefined): string | undefined
}

// Sessions live in memory only: a restart signs everyone out, which a demo can afford.
const SESSION_TTL_MS = 7 * 24 * 3600_000
const MAX_SESSIONS = 10_000

export function createSessions(options: { now: () => Date; ttlMs?: number }): Sessions {
  const ttlMs = options.ttlMs ?? SESSION_TTL_MS
  const sessions = new Map<string, { customerId: string; expiresAt: number }>()
  const nowMs = () => options.now().getTime()

  return {
    open(customerId) {
      for (const [token, session] of sessions) {
        if (session.expiresAt > nowMs() && sessions.size < MAX_SESSIONS) break
        sessions.delete(token)
      }
      const token = `ses_${randomBytes(32).toString('base64url')}`
      sessions.set(token, { customerId, expiresAt: nowMs() + ttlMs })
      return token
    },
    close(token) {
      if (token) sessions.delete(token)
    },
    customerIdFor(token) {
      const session = token ? sessions.get(token) : undefined
      if (!session) return undefined
      if (session.expiresAt > nowMs()) return session.customerId
      sessions.delete(token ?? '')
      return undefined
    },
  }
}
