import { CheckoutError } from '../errors.js'

/** An amount in integer minor units (cents, yen, fils) of an ISO 4217 currency. */
export interface Money {
  amount: number
  currency: string
}

const exponentCache = new Map<string, number>()

/** Minor-unit exponent of a currency as the platform knows it: JPY 0, EUR 2, KWD 3. */
export function currencyExponent(currency: string): number {
  let exponent = exponentCache.get(currency)
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number
    exponentCache.set(currency, exponent)
  }
  return exponent
}

export function money(amount: number, currency: string): Money {
  assertMinorUnits(amount)
  return { amount, currency }
}

function assertMinorUnits(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new CheckoutError(
      'VALIDATION',
      `Money amounts are integers in minor units, got ${amount}.`,
    )
  }
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new CheckoutError('VALIDATION', `Cannot combine ${a.currency} with ${b.currency}.`)
  }
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b)
  return money(a.amount + b.amount, a.currency)
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b)
  return money(a.amount - b.amount, a.currency)
}

export function multiplyMoney(a: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) {
    throw new CheckoutError('VALIDATION', `Quantities are integers, got ${quantity}.`)
  }
  return money(a.amount * quantity, a.currency)
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce((total, item) => addMoney(total, item), money(0, currency))
}

/**
 * Splits `total` in proportion to integer `weights` (line totals, quantities) so the parts add
 * up to exactly `total` (largest-remainder method: a discount spread over lines never loses or
 * gains a cent). BigInt arithmetic, so large amounts stay exact.
 */
export function allocateMoney(total: Money, weights: readonly number[]): Money[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  if (
    weights.length === 0 ||
    weightSum <= 0 ||
    weights.some((w) => w < 0 || !Number.isSafeInteger(w))
  ) {
    throw new CheckoutError(
      'VALIDATION',
      'Allocation needs non-negative integer weights with a positive sum.',
    )
  }
  const sign = total.amount < 0 ? -1 : 1
  const magnitude = BigInt(Math.abs(total.amount))
  const sum = BigInt(weightSum)
  const shares = weights.map((weight) => magnitude * BigInt(weight))
  const parts = shares.map((share) => share / sum)
  let remainder = magnitude - parts.reduce((acc, part) => acc + part, 0n)
  const byRemainder = shares
    .map((share, index) => ({ index, left: share % sum }))
    .sort((a, b) => (a.left === b.left ? a.index - b.index : a.left > b.left ? -1 : 1))
  for (const { index } of byRemainder) {
    if (remainder <= 0n) break
    parts[index] = (parts[index] ?? 0n) + 1n
    remainder -= 1n
  }
  return parts.map((part) => money(sign * Number(part), total.currency))
}

/** The amount as an exact decimal string ("19.99", "-0.05", "1500"), never through a float. */
export function toDecimalString({ amount, currency }: Money): string {
  const exponent = currencyExponent(currency)
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, '0')
  const whole = digits.slice(0, digits.length - exponent)
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : ''
  return `${amount < 0 ? '-' : ''}${whole}${fraction}`
}

const formatterCache = new Map<string, Intl.NumberFormat>()

/** Formats money for a locale ("19,99 €", "$19.99", "￥1,500"). */
export function formatMoney(value: Money, locale: string): string {
  const key = `${locale}|${value.currency}`
  let formatter = formatterCache.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency })
    formatterCache.set(key, formatter)
  }
  // Intl formats decimal strings exactly (ECMA-402 NumberFormat v3), so no float ever touches money.
  return formatter.format(toDecimalString(value) as `${number}`)
}
