import { CheckoutError } from '@weship/checkout-core'

/** Stripe mode: payments through Stripe instead of the demo's test processor. */
export interface StripeSettings {
  /** `sk_test_…` (or a restricted `rk_test_…` key): it stays on the server. */
  secretKey: string
  /** `pk_test_…`: sent to the widget with the payment method. */
  publishableKey: string
  /** A connected account to take payments on (Stripe Connect's direct charges). */
  stripeAccount?: string | undefined
  /** Where Stripe's API is: https://api.stripe.com by default; tests point it at a stand-in. */
  apiBase?: string | undefined
}

/**
 * Checks the keys up front, so a typo fails at start rather than at the first payment. Live keys
 * are refused: this is a demo server with no authentication of its own.
 */
export function checkStripeSettings(settings: StripeSettings): StripeSettings {
  const { secretKey, publishableKey, stripeAccount, apiBase } = settings
  if (!/^(sk|rk)_test_\w+$/.test(secretKey)) {
    throw new CheckoutError('CONFIG', 'The Stripe secret key must be a test key (sk_test_…).')
  }
  if (!/^pk_test_\w+$/.test(publishableKey)) {
    throw new CheckoutError('CONFIG', 'The Stripe publishable key must be a test key (pk_test_…).')
  }
  if (stripeAccount !== undefined && !/^acct_\w+$/.test(stripeAccount)) {
    throw new CheckoutError('CONFIG', 'A Stripe account id looks like acct_….')
  }
  if (apiBase !== undefined && !/^https?:$/.test(safeUrl(apiBase)?.protocol ?? '')) {
    throw new CheckoutError(
      'CONFIG',
      `The Stripe API base must be an http(s) URL, got "${apiBase}".`,
    )
  }
  return settings
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** The `stripe` library's host, port and protocol for an API base URL. */
export function stripeApiAddress(apiBase: string | undefined) {
  if (!apiBase) return {}
  const url = new URL(apiBase)
  const protocol = url.protocol === 'http:' ? ('http' as const) : ('https' as const)
  return {
    host: url.hostname,
    port: url.port || (protocol === 'http' ? 80 : 443),
    protocol,
  }
}
