/** The card brands the demo processor accepts, by the names receipts and the widget show. */
export const cardBrands = ['visa', 'mastercard', 'amex'] as const
export type CardBrand = (typeof cardBrands)[number]

export const brandLabels: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
}

// Brands a real processor (Stripe) may report besides the demo's, as receipts name them.
const otherBrandLabels: Record<string, string> = {
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  cartes_bancaires: 'Cartes Bancaires',
  eftpos_au: 'eftpos',
}

/** A brand as a receipt names it; an unknown one as the processor spelled it. */
export function brandLabel(brand: string): string {
  return brandLabels[brand as CardBrand] ?? otherBrandLabels[brand] ?? brand
}

const lengthsByBrand: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
}

/** Digits only: shoppers and autofill type spaces and dashes between the groups. */
export function cardDigits(input: string): string {
  return input.replace(/[\s-]/g, '')
}

/** The Luhn (mod 10) checksum every card number carries, catching most typos. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** The brand from the issuer prefix (IIN ranges), or undefined for one we do not take. */
export function detectBrand(digits: string): CardBrand | undefined {
  if (/^4/.test(digits)) return 'visa'
  if (/^3[47]/.test(digits)) return 'amex'
  if (/^5[1-5]/.test(digits)) return 'mastercard'
  // Mastercard's 2-series: 2221–2720.
  const prefix = Number(digits.slice(0, 4))
  if (prefix >= 2221 && prefix <= 2720) return 'mastercard'
  return undefined
}

export function hasBrandLength(digits: string, brand: CardBrand): boolean {
  return lengthsByBrand[brand].includes(digits.length)
}

export function cvcLength(brand: CardBrand | undefined): number {
  return brand === 'amex' ? 4 : 3
}
