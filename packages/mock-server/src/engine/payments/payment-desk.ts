import { randomBytes } from 'node:crypto'
import type { MoneyWire } from '@weship/checkout-core'
import { parseInput } from '../parse-input.js'
import { createRateLimiter } from '../rate-limit.js'
import { countAttempt } from '../too-many-attempts.js'
import type { CardBrand } from './card-number.js'
import { type ChallengeStore, createChallengeStore } from './challenge-store.js'
import { invalidCard } from './payment-errors.js'
import { createStripeProcessor, type StripeProcessor } from './stripe/stripe-processor.js'
import { checkStripeSettings, type StripeSettings } from './stripe/stripe-settings.js'
import type { CardBehaviour } from './test-cards.js'
import { type CardToken, createTokenVault, type TokenVault } from './token-vault.js'
import { cardInputSchema, checkCard } from './validate-card.js'

/** A captured payment, as the processor's ledger keeps it: never more of the card than last4. */
export interface Charge {
  id: string
  orderId: string
  amount: MoneyWire
  brand: string
  last4: string
  /** In Stripe mode: the PaymentIntent that took the money. */
  paymentIntent?: string
  createdAt: string
}

export interface IssuedToken {
  token: string
  brand: CardBrand
  last4: string
  expiresAt: string
}

export interface PaymentDeskOptions {
  now: () => Date
  /** Where the payment pages are served; `startMockServer` sets the real one once it listens. */
  origin?: string
  /** Simulated processor round trip, so overlapping requests can be shown. */
  latencyMs?: number
  /** Stripe mode: card payments through Stripe instead of the test processor. */
  stripe?: StripeSettings | undefined
}

/** The test payment processor and the store its hosted pages share with the API, in process. */
export interface PaymentDesk {
  readonly origin: string
  useOrigin(origin: string): void
  readonly tokens: TokenVault
  readonly challenges: ChallengeStore
  /** Present in Stripe mode: then cards are paid through Stripe, not the test processor. */
  readonly stripe: StripeProcessor | undefined
  /** Checks a card typed into the hosted fields; refuses with field errors, never echoing it. */
  tokenize(input: unknown, options?: { parentOrigin?: string; client?: string }): IssuedToken
  /** The processor's answer for a card, after its (simulated) network round trip. */
  authorize(token: CardToken): Promise<CardBehaviour>
  capture(charge: Omit<Charge, 'id' | 'createdAt'>): Charge
  /** Captured charges, oldest first: what a merchant's payment dashboard would list. */
  charges(): Charge[]
}

export const DEFAULT_PAYMENT_ORIGIN = 'http://127.0.0.1:4011'
const MAX_CHARGES = 10_000
// Card testing (trying stolen numbers) is what tokenization limits are for.
const TOKENIZE_LIMIT = { limit: 60, windowMs: 10 * 60_000 }

export function createPaymentDesk(options: PaymentDeskOptions): PaymentDesk {
  const { now } = options
  let origin = new URL(options.origin ?? DEFAULT_PAYMENT_ORIGIN).origin
  const tokens = createTokenVault({ now })
  const challenges = createChallengeStore({ now })
  const tokenizeLimiter = createRateLimiter({ ...TOKENIZE_LIMIT, now })
  const ledger: Charge[] = []
  const stripe = options.stripe && createStripeProcessor(checkStripeSettings(options.stripe))

  return {
    get origin() {
      return origin
    },
    useOrigin(next) {
      origin = new URL(next).origin
    },
    tokens,
    challenges,
    stripe,

    tokenize(input, { parentOrigin, client = 'local' } = {}) {
      countAttempt([[tokenizeLimiter, client]])
      const checked = checkCard(parseInput(cardInputSchema, input), now())
      if (!checked.ok) throw invalidCard(checked.errors)
      const issued = tokens.issue(checked.card, parentOrigin)
      return {
        token: issued.token,
        brand: issued.brand,
        last4: issued.last4,
        expiresAt: new Date(issued.expiresAt).toISOString(),
      }
    },

    async authorize(token) {
      await new Promise((resolve) => setTimeout(resolve, options.latencyMs ?? 0))
      return token.behaviour
    },

    capture(charge) {
      const captured = {
        ...charge,
        id: `ch_${randomBytes(12).toString('base64url')}`,
        createdAt: now().toISOString(),
      }
      ledger.push(captured)
      if (ledger.length > MAX_CHARGES) ledger.shift()
      return { ...captured }
    },
    charges: () => structuredClone(ledger),
  }
}
