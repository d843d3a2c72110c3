import { docsUrl } from './docs.js'
import { CheckoutError } from './errors.js'
import { isHttpUrl } from './http-url.js'

/** localhost, 127.0.0.0/8 and [::1]: only the shopper's own machine answers there. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(hostname)
}

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
