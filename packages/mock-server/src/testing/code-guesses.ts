import fc from 'fast-check'
import { canonicalGiftCardCode, demoGiftCards } from '../engine/codes/gift-cards.js'
import { demoPromotions } from '../engine/codes/promotions.js'

const promotionCodes = new Set(demoPromotions.map((promotion) => promotion.code))
const giftCardCodes = new Set(demoGiftCards.map((card) => card.code))

/** True for a code the shop knows, in any spelling it accepts. */
export function isRealCode(guess: string): boolean {
  const card = canonicalGiftCardCode(guess)
  return promotionCodes.has(guess.trim().toUpperCase()) || (!!card && giftCardCodes.has(card))
}

/** What an attacker tries: near misses of real codes and gift-card-shaped guesses. */
export const codeGuess: fc.Arbitrary<string> = fc
  .oneof(
    fc.stringMatching(/^[A-Z0-9]{4,12}$/),
    fc.stringMatching(/^GIFT-DEMO-(EURO|USDX|JPYX)-\d{4}$/),
    fc.stringMatching(/^gift demo euro \d{4}$/),
    fc.constantFrom('WELCOME', 'WELCOME1', 'WELCOME11', 'SAVE50', 'FREESHIP1', 'STACK6', 'EURO100'),
  )
  .filter((guess) => !isRealCode(guess))
