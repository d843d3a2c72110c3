import { docsUrl } from './docs.js'
import { CheckoutError } from './errors.js'
import { isHttpUrl } from './http-url.js'
import { isLoopbackHost } from './loopback.js'
import type { PlaceOrderResult } from './schemas/order.js'
import type { PaymentMethod } from './schemas/payment.js'

/**
 * The origin of a declared payment origin (`paymentOrigins`, the `payment-origins` attribute):
 * https, or http on a loopback host. Anything else is a CONFIG error.
 */
export function parsePaymentOrigin(value: string): string {
  const url = isHttpUrl(value) ? new URL(value) : null
  if (url && (url.protocol === 'https:' || isLoopbackHost(url.hostname))) return url.origin
  throw new CheckoutError(
    'CONFIG',
    `"${value}" is not a payment origin: use https (http only on localhost).`,
    { reason: 'invalid_payment_origin', docsUrl: docsUrl('security.md#payment-pages') },
  )
}

/**
 * True when `source` lets a page at `url` be framed: an origin, or `scheme://host:*` for any
 * port of a host (the CSP form, used for the loopback default of the http adapter).
 */
function allows(source: string, url: URL): boolean {
  if (source.endsWith(':*')) return source === `${url.protocol}//${url.hostname}:*`
  return source === url.origin
}

/**
 * Why `pageUrl` must not be framed as a payment page (hosted card fields, a 3-D Secure page), or
 * null when it may: https (http only on a loopback host) on an origin of `frameSources` — the
 * adapter's `cspRequirements.frameSrc` plus any the merchant declared. The backend names the
 * page, and a compromised or proxied backend must not put a `javascript:` URL, or a look-alike
 * card form on an origin of its choosing, into the shop's page.
 */
export function paymentPageRefusal(
  pageUrl: string,
  frameSources: readonly string[],
): CheckoutError | null {
  let url: URL
  try {
    url = new URL(pageUrl)
  } catch {
    return refusal('a payment page address that is not a URL')
  }
  const { protocol, hostname } = url
  const secure = protocol === 'https:' || (protocol === 'http:' && isLoopbackHost(hostname))
  if (!secure) {
    const web = protocol === 'http:' || protocol === 'https:'
    return refusal(
      web
        ? `a payment page on ${url.origin}, which is not https`
        : `a payment page with a "${protocol}" address`,
    )
  }
  if (frameSources.some((source) => allows(source, url))) return null
  const declared = frameSources.length ? frameSources.join(', ') : 'none'
  return refusal(
    `a payment page on ${url.origin}, which is not a declared payment origin (declared: ${declared})`,
  )
}

function refusal(what: string): CheckoutError {
  return new CheckoutError(
    'CONFIG',
    `The checkout API named ${what}; nothing was shown. Declare your payment provider's origin with paymentOrigins (the payment-origins attribute).`,
    { reason: 'payment_page_refused', docsUrl: docsUrl('security.md#payment-pages') },
  )
}

/** The methods if every payment page they name may be framed; else throws the refusal. */
export function vetPaymentMethods(
  methods: PaymentMethod[],
  frameSources: readonly string[],
): PaymentMethod[] {
  for (const { hostedFieldsUrl } of methods) {
    const refused = hostedFieldsUrl && paymentPageRefusal(hostedFieldsUrl, frameSources)
    if (refused) throw refused
  }
  return methods
}

/**
 * The answer to a payment if the 3-D Secure page it asks for may be framed; else throws. A
 * Stripe next action names no page: Stripe.js runs it in Stripe's own frames.
 */
export function vetPlaceOrderResult(
  result: PlaceOrderResult,
  frameSources: readonly string[],
): PlaceOrderResult {
  const page =
    result.status === 'action_required' && result.action.type === 'three_d_secure'
      ? result.action.url
      : null
  const refused = page && paymentPageRefusal(page, frameSources)
  if (refused) throw refused
  return result
}
