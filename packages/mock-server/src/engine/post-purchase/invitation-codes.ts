import { randomBytes } from 'node:crypto'
import type { Promotion } from '../codes/promotions.js'
import { emailKey } from '../secrets.js'
import type { OrderIncentive } from './message-jobs.js'

const DAY_MS = 24 * 3600_000

/** What the shop sets for the invitation to buy again (docs/post-purchase.md). */
export interface InvitationSettings {
  /** After the order's last package arrived; 14 days by default. `null`: no invitations. */
  afterMs?: number | null
  /** Percent off a single-use code for the shopper; no code when unset. */
  incentivePercent?: number
  /** How long that code works after it is sent; 30 days by default. */
  incentiveTtlMs?: number
}

/** The invitation's code as the promo engine knows it: single use, expiring, for one address. */
function invitationPromotion(incentive: OrderIncentive): Promotion {
  const { code, percent, expiresAt, email } = incentive
  const effect = { kind: 'percentage' as const, percent }
  const label = `Thank you: ${percent}% off`
  return { code, label, effect, singleUse: true, expiresAt, forEmail: email }
}

/** Issues the invitations' codes and registers them again after a restart. */
export function createInvitationCodes(
  settings: InvitationSettings,
  issuePromotion: (promotion: Promotion) => void,
  stored: readonly OrderIncentive[] = [],
) {
  const issued = stored.map((incentive) => ({ ...incentive }))
  for (const incentive of issued) issuePromotion(invitationPromotion(incentive))
  const ttlMs = settings.incentiveTtlMs ?? 30 * DAY_MS
  return {
    /** A fresh code for `email`, or undefined when the shop sets none. */
    issue(email: string, now: Date): OrderIncentive | undefined {
      const percent = settings.incentivePercent
      if (!percent) return undefined
      const incentive = {
        code: `AGAIN-${randomBytes(5).toString('hex').toUpperCase()}`,
        percent,
        expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
        email: emailKey(email),
      }
      issuePromotion(invitationPromotion(incentive))
      issued.push(incentive)
      return { ...incentive }
    },
    // Expired codes redeem nothing: a snapshot need not carry them forever.
    exportState: (now: Date) =>
      issued
        .filter((code) => Date.parse(code.expiresAt) > now.getTime())
        .map((code) => ({ ...code })),
  }
}
