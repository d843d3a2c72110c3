/** What the demo processor does with a card: the test behaviour travels with its token. */
export type CardBehaviour =
  | { outcome: 'approve' }
  | { outcome: 'decline'; reason: DeclineReason }
  | { outcome: 'three_d_secure' }

export const declineReasons = [
  'card_declined',
  'insufficient_funds',
  'expired_card',
  'incorrect_cvc',
  'authentication_failed',
  // A real processor's passing fault (Stripe's `processing_error`): the same card may work again.
  'processing_error',
] as const
export type DeclineReason = (typeof declineReasons)[number]

const approve: CardBehaviour = { outcome: 'approve' }
const decline = (reason: DeclineReason): CardBehaviour => ({ outcome: 'decline', reason })

/**
 * Stripe's canonical test cards, so the demo behaves the way developers already know. Only these
 * numbers are accepted: a test shop has no business receiving a real card number.
 */
export const testCards: ReadonlyMap<string, CardBehaviour> = new Map([
  ['4242424242424242', approve],
  ['4000056655665556', approve],
  ['5555555555554444', approve],
  ['2223003122003222', approve],
  ['5200828282828210', approve],
  ['378282246310005', approve],
  ['371449635398431', approve],
  ['4000000000000002', decline('card_declined')],
  ['4000000000009995', decline('insufficient_funds')],
  ['4000000000000069', decline('expired_card')],
  ['4000000000000127', decline('incorrect_cvc')],
  ['4000002760003184', { outcome: 'three_d_secure' }],
])

export function testCardBehaviour(digits: string): CardBehaviour | undefined {
  return testCards.get(digits)
}
