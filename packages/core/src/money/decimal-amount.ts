import { CheckoutError } from '../errors.js'
import { currencyExponent, type Money, money } from './money.js'

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

/**
 * A decimal amount in major units, as backends that keep decimals send it ("19.99", 0.3, 1e-7,
 * "23.917647058823529"), in exact integer minor units of `currency`: the digits are read as a
 * string and shifted by the currency's exponent (JPY 0, EUR 2, KWD 3), never multiplied as a
 * float. A JSON number is read through its shortest round-trip form, which is the decimal the
 * backend wrote for any amount of up to 15 significant digits. Digits below the minor unit (an
 * untruncated tax) are rounded half away from zero, as payment processors charge them.
 */
export function decimalToMinorUnits(value: string | number, currency: string): number {
  const text = typeof value === 'number' ? numberToDecimal(value) : value.trim()
  const match = DECIMAL.exec(text)
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match ?? []
  if (!match || (whole === '' && fraction === '')) {
    throw new CheckoutError('ADAPTER', `Not a decimal amount: ${JSON.stringify(value)}.`, {
      reason: 'invalid_amount',
    })
  }
  // Scale so that the last digit kept is the minor unit: digits × 10^(exponent + shift).
  const shift = currencyExponent(currency) + Number(exponentText) - fraction.length
  const digits = BigInt(`${whole}${fraction}` || '0')
  let minor: bigint
  if (shift >= 0) minor = digits * 10n ** BigInt(shift)
  else {
    const divisor = 10n ** BigInt(-shift)
    minor = digits / divisor
    if ((digits % divisor) * 2n >= divisor) minor += 1n
  }
  const amount = Number(sign === '-' ? -minor : minor)
  if (!Number.isSafeInteger(amount)) {
    throw new CheckoutError('ADAPTER', `Amount out of range: ${text} ${currency}.`, {
      reason: 'invalid_amount',
    })
  }
  return amount === 0 ? 0 : amount
}

/** `decimalToMinorUnits` as Money. */
export function decimalToMoney(value: string | number, currency: string): Money {
  return money(decimalToMinorUnits(value, currency), currency)
}

function numberToDecimal(value: number): string {
  if (!Number.isFinite(value)) {
    throw new CheckoutError('ADAPTER', `Not a decimal amount: ${value}.`, {
      reason: 'invalid_amount',
    })
  }
  return String(value)
}
