import type { Clock } from '../clock.js'
import type { PaymentDesk } from './payment-desk.js'
import { invalidCard } from './payment-errors.js'
import { type CardInput, checkCard } from './validate-card.js'

/** What the helpers need: an engine (`createCommerceEngine()`) has both. */
export interface TestPaymentsEngine {
  readonly clock: Clock
  readonly payments: PaymentDesk
}

/**
 * Tokenizes a test card in-process, as the hosted fields would, for tests and the conformance
 * suite: an expiry five years ahead and a CVC of the right length unless `details` say otherwise.
 * Checks the card like `POST /tokens` (422 `invalid_card`), without its rate limit.
 */
export function createTestCardToken(
  engine: TestPaymentsEngine,
  cardNumber: string,
  details: Partial<Omit<CardInput, 'number'>> = {},
): string {
  const now = engine.clock.now()
  const isAmex = /^3[47]/.test(cardNumber.replace(/\D/g, ''))
  const input: CardInput = {
    number: cardNumber,
    expiry: `12/${String((now.getUTCFullYear() + 5) % 100).padStart(2, '0')}`,
    cvc: isAmex ? '1234' : '123',
    name: 'Test Shopper',
    ...details,
  }
  const checked = checkCard(input, now)
  if (!checked.ok) throw invalidCard(checked.errors)
  return engine.payments.tokens.issue(checked.card).token
}

/** Passes or fails a 3-D Secure challenge as the shopper would on its page; false if settled. */
export function answerTestChallenge(
  engine: TestPaymentsEngine,
  actionId: string,
  outcome: 'pass' | 'fail',
): boolean {
  return engine.payments.challenges.answer(actionId, outcome)
}
