import { createHmac, randomBytes } from 'node:crypto'
import type { FieldError } from '@weship/checkout-core'
import * as z from 'zod/mini'
import {
  type CardBrand,
  cardDigits,
  cvcLength,
  detectBrand,
  hasBrandLength,
  passesLuhn,
} from './card-number.js'
import { type CardBehaviour, testCardBehaviour } from './test-cards.js'

/** What the hosted fields post to `POST /tokens`; lengths cap hostile input before any parsing. */
export const cardInputSchema = z.object({
  number: z.string().check(z.maxLength(40)),
  expiry: z.string().check(z.maxLength(20)),
  cvc: z.string().check(z.maxLength(10)),
  name: z.optional(z.string().check(z.maxLength(200))),
})
export type CardInput = z.infer<typeof cardInputSchema>

/** A card that passed every check: only brand, last four and behaviour survive it. */
export interface CheckedCard {
  brand: CardBrand
  last4: string
  behaviour: CardBehaviour
  /**
   * The same for every token of one card number and nothing else, like Stripe's
   * `card.fingerprint`: a keyed hash (this process's key), so it cannot be turned back into it.
   */
  fingerprint: string
}

const FINGERPRINT_KEY = randomBytes(32)
const cardFingerprint = (digits: string) =>
  createHmac('sha256', FINGERPRINT_KEY).update(digits).digest('base64url').slice(0, 22)

export type CardCheck = { ok: true; card: CheckedCard } | { ok: false; errors: FieldError[] }

// Cards are never issued this far ahead; a year beyond it is a typo.
const MAX_YEARS_AHEAD = 20

/** Checks number (Luhn, brand, test card), expiry (future on the engine clock) and CVC. */
export function checkCard(input: CardInput, now: Date): CardCheck {
  const errors: FieldError[] = []
  const digits = cardDigits(input.number)
  const brand = detectBrand(digits)
  const numberError = checkNumber(digits, brand)
  if (numberError) errors.push({ field: 'number', message: numberError })
  const expiryError = checkExpiry(input.expiry, now)
  if (expiryError) errors.push({ field: 'expiry', message: expiryError })
  const cvc = input.cvc.trim()
  const wanted = cvcLength(brand)
  if (!new RegExp(`^\\d{${wanted}}$`).test(cvc)) {
    errors.push({ field: 'cvc', message: `Enter the ${wanted}-digit security code.` })
  }
  const behaviour = testCardBehaviour(digits)
  if (errors.length > 0 || !brand || !behaviour) return { ok: false, errors }
  const card = { brand, last4: digits.slice(-4), behaviour, fingerprint: cardFingerprint(digits) }
  return { ok: true, card }
}

function checkNumber(digits: string, brand: CardBrand | undefined): string | undefined {
  if (digits === '') return 'Enter the card number.'
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) return 'This card number is not valid.'
  if (!brand) return 'We accept Visa, Mastercard and American Express.'
  if (!hasBrandLength(digits, brand)) return 'This card number is not valid.'
  if (!testCardBehaviour(digits)) {
    return 'This is a test shop: use a test card such as 4242 4242 4242 4242.'
  }
  return undefined
}

function checkExpiry(text: string, now: Date): string | undefined {
  const match = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(text.trim())
  if (!match) return 'Enter the expiry date as MM / YY.'
  const month = Number(match[1])
  const year = Number(match[2]) + ((match[2] ?? '').length === 2 ? 2000 : 0)
  if (month < 1 || month > 12) return 'Enter the expiry date as MM / YY.'
  // A card is valid through the last day of its expiry month.
  if (now.getTime() >= Date.UTC(year, month, 1)) return 'This card has expired.'
  if (year > now.getUTCFullYear() + MAX_YEARS_AHEAD) return 'This expiry date is not valid.'
  return undefined
}
