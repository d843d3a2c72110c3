import type { OrderLink } from '@weship/checkout-core'

/** `?order=…&token=…` from the page URL: the confirmation's and the e-mails' link. */
export function accessFromPage(location: Location | undefined = globalThis.location): OrderLink {
  const params = new URLSearchParams(location?.search ?? '')
  return {
    orderId: params.get('order') || undefined,
    token: params.get('token') || undefined,
  }
}

/** True when the feedback e-mail's link brought the shopper here (`#feedback` or `?feedback=1`). */
export function feedbackRequested(location: Location | undefined = globalThis.location): boolean {
  if (!location) return false
  return (
    location.hash === '#feedback' || new URLSearchParams(location.search).get('feedback') === '1'
  )
}
