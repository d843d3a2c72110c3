/**
 * Stripe's test cards and what Stripe does with each, as its docs list them:
 * https://docs.stripe.com/testing#cards (successful payments by brand),
 * https://docs.stripe.com/testing#declined-payments (decline codes),
 * https://docs.stripe.com/testing#authentication-and-setup (3-D Secure required).
 */
export type CardOutcome =
  | { kind: 'succeed' }
  | { kind: 'decline'; code: string; declineCode?: string; message: string }
  | { kind: 'authenticate' }

export interface TestCard {
  brand: string
  outcome: CardOutcome
}

const succeed: CardOutcome = { kind: 'succeed' }
const declined = (code: string, message: string, declineCode?: string): CardOutcome => ({
  kind: 'decline',
  code,
  message,
  ...(declineCode ? { declineCode } : {}),
})

export const testCards: ReadonlyMap<string, TestCard> = new Map([
  ['4242424242424242', { brand: 'visa', outcome: succeed }],
  ['4000056655665556', { brand: 'visa', outcome: succeed }],
  ['5555555555554444', { brand: 'mastercard', outcome: succeed }],
  ['378282246310005', { brand: 'amex', outcome: succeed }],
  [
    '4000000000000002',
    {
      brand: 'visa',
      outcome: declined('card_declined', 'Your card was declined.', 'generic_decline'),
    },
  ],
  [
    '4000000000009995',
    {
      brand: 'visa',
      outcome: declined('card_declined', 'Your card has insufficient funds.', 'insufficient_funds'),
    },
  ],
  [
    '4000000000000069',
    { brand: 'visa', outcome: declined('expired_card', 'Your card has expired.') },
  ],
  [
    '4000000000000127',
    {
      brand: 'visa',
      outcome: declined('incorrect_cvc', "Your card's security code is incorrect."),
    },
  ],
  ['4000002760003184', { brand: 'visa', outcome: { kind: 'authenticate' } }],
])

/** The brand from the number's first digits, as the Payment Element shows it while typing. */
export function brandOf(digits: string): string {
  if (/^4/.test(digits)) return 'visa'
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard'
  if (/^3[47]/.test(digits)) return 'amex'
  return 'unknown'
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return sum % 10 === 0
}
