import { CheckoutError } from '../errors.js'
import { currencyExponent, type Money } from '../money/money.js'

// https://docs.stripe.com/currencies#zero-decimal and #three-decimal: the minor unit Stripe's API
// counts in, where it differs from two decimals.
const zeroDecimal = new Set(
  'BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF VND VUV XAF XOF XPF'.split(' '),
)
const threeDecimal = new Set('BHD JOD KWD OMR TND'.split(' '))
// https://docs.stripe.com/currencies#special-cases: ISK and UGX are zero-decimal, but the API
// still takes them as two-decimal amounts (a multiple of 100).

/** The exponent of the unit Stripe's `amount` counts in for a currency. */
function stripeExponent(currency: string): number {
  if (zeroDecimal.has(currency)) return 0
  if (threeDecimal.has(currency)) return 3
  return 2
}

/**
 * An amount as Stripe's API and Stripe.js take it: an integer in the currency's smallest unit as
 * Stripe counts it, which is our minor unit except for a few currencies (ISK and UGX ×100), and
 * a lower-case currency code.
 */
export function toStripeAmount(value: Money): { amount: number; currency: string } {
  const currency = value.currency.toUpperCase()
  const shift = stripeExponent(currency) - currencyExponent(currency)
  const amount = shift >= 0 ? value.amount * 10 ** shift : value.amount / 10 ** -shift
  if (!Number.isSafeInteger(amount)) {
    throw new CheckoutError(
      'VALIDATION',
      `${value.amount} ${currency} has no exact amount in Stripe's unit for ${currency}.`,
    )
  }
  return { amount, currency: currency.toLowerCase() }
}
