import type { CheckoutError, WeshipErrorDetail, WeshipEventMap } from '@weship/checkout-core'

/** A WeShip DOM event: `event.detail` is typed by its name. */
export type WeshipEvent<K extends keyof WeshipEventMap> = CustomEvent<WeshipEventMap[K]>

type WeshipDomEvents = { [K in keyof WeshipEventMap]: WeshipEvent<K> }

declare global {
  // Lets `addEventListener('weship-error', (event) => event.detail.code)` type-check anywhere.
  interface HTMLElementEventMap extends WeshipDomEvents {}
  interface DocumentEventMap extends WeshipDomEvents {}
  interface WindowEventMap extends WeshipDomEvents {}
}

/** What listeners learn about a failure: code and reason to branch on, the developer message. */
export function errorDetail(error: CheckoutError): WeshipErrorDetail {
  return { code: error.code, reason: error.reason, message: error.message }
}
