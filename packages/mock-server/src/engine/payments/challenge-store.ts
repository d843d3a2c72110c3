import { randomBytes } from 'node:crypto'
import type { MoneyWire } from '@weship/checkout-core'
import type { CardBrand } from './card-number.js'

export type ChallengeStatus = 'pending' | 'passed' | 'failed'

/** A 3-D Secure challenge waiting for the shopper's answer on the payment origin. */
export interface Challenge {
  id: string
  status: ChallengeStatus
  amount: MoneyWire
  brand: CardBrand
  last4: string
  /** The merchant page the challenge page may talk to (from the token), when known. */
  parentOrigin: string | undefined
  expiresAt: number
}

export interface ChallengeStore {
  open(details: Omit<Challenge, 'id' | 'status' | 'expiresAt'>): Challenge
  /** The challenge, with an unanswered one past its time reported as failed (abandoned). */
  get(id: string): Challenge | undefined
  /** Records the shopper's answer once; false when there is nothing left to answer. */
  answer(id: string, outcome: 'pass' | 'fail'): boolean
}

export const CHALLENGE_TTL_MS = 15 * 60_000
// Answered challenges stay readable a while longer, so a late completion still gets its answer.
const KEEP_MS = 24 * 3600_000

export function createChallengeStore(options: { now: () => Date; ttlMs?: number }): ChallengeStore {
  const ttlMs = options.ttlMs ?? CHALLENGE_TTL_MS
  const challenges = new Map<string, Challenge>()
  const nowMs = () => options.now().getTime()

  function current(id: string): Challenge | undefined {
    const challenge = challenges.get(id)
    if (challenge?.status === 'pending' && challenge.expiresAt <= nowMs()) {
      challenge.status = 'failed'
    }
    return challenge
  }

  return {
    open(details) {
      for (const [id, old] of challenges) {
        if (old.expiresAt + KEEP_MS > nowMs()) break
        challenges.delete(id)
      }
      const challenge: Challenge = {
        ...details,
        id: `act_${randomBytes(16).toString('base64url')}`,
        status: 'pending',
        expiresAt: nowMs() + ttlMs,
      }
      challenges.set(challenge.id, challenge)
      return { ...challenge }
    },
    get(id) {
      const challenge = current(id)
      return challenge && { ...challenge }
    },
    answer(id, outcome) {
      const challenge = current(id)
      if (challenge?.status !== 'pending') return false
      challenge.status = outcome === 'pass' ? 'passed' : 'failed'
      return true
    },
  }
}
