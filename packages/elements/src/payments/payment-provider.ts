import type { PaymentMethod } from '@weship/checkout-core'

/** What a provider hands back: an opaque, single-use token plus what a receipt may show. */
export interface PaymentToken {
  token: string
  brand?: string | undefined
  last4?: string | undefined
}

/** What the widget tells a provider when it mounts one method's fields. */
export interface PaymentMountContext {
  method: PaymentMethod
  /** The widget's locale, for providers whose fields can speak it. */
  locale: string
  /** Accessible name for the provider's frame, e.g. "Secure card fields". */
  title: string
}

/** A provider's fields, mounted once per visit of the payment step. */
export interface MountedPayment {
  /** Asks the provider for a token; rejects with a CheckoutError (VALIDATION: shown in its fields). */
  tokenize(): Promise<PaymentToken>
  /** Removes the fields and stops listening; a pending tokenize rejects as CANCELLED. */
  destroy(): void
}

/**
 * A payment method plugin (DESIGN §2). Card data lives only inside what the provider mounts
 * (an iframe from the payment origin), never in the widget's DOM nor its requests.
 */
export interface PaymentProvider {
  /** The `PaymentMethod.type` it serves. */
  readonly type: PaymentMethod['type']
  /**
   * Where its container lives. `shadow` (default): inside the widget's shadow root. `light`: for
   * SDKs that cannot work inside a shadow root (Stripe Elements): the container is a light-DOM
   * child of the host element with `slot="payment-fields"`, shown through a `<slot>` in the step.
   */
  readonly mountTarget?: 'shadow' | 'light'
  mount(container: HTMLElement, context: PaymentMountContext): MountedPayment
}
