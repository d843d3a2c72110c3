import type { Address, Money, PaymentAction, PaymentMethod } from '@weship/checkout-core'

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
  /** What is left to pay right now; changes arrive through `MountedPayment.update`. */
  amount: Money
  /** The shopper's name from the address, to prefill the name on the card (they may change it). */
  cardholderName?: string | undefined
  /** The colour the fields sit on (`#rrggbb`), for a frame that paints a background of its own. */
  background?: string | null | undefined
  /** Tells the step the fields changed: `complete` once they hold a whole, valid card. */
  onChange?: ((change: { complete: boolean }) => void) | undefined
}

/** What the widget knows of the payer when it asks for a token, for providers that want it. */
export interface TokenizeRequest {
  email: string | undefined
  /** The billing address as the backend has it (the shipping address unless another was given). */
  billingAddress: Address | undefined
}

/** A provider's fields, mounted once per visit of the payment step. */
export interface MountedPayment {
  /** Asks the provider for a token; rejects with a CheckoutError (VALIDATION: shown in its fields). */
  tokenize(request?: TokenizeRequest): Promise<PaymentToken>
  /** The amount due or the locale changed (a code, a gift card): follow it without remounting. */
  update?(change: { amount: Money; locale: string }): void
  /** Removes the fields and stops listening; a pending tokenize rejects as CANCELLED. */
  destroy(): void
}

/** What the widget tells a provider when the backend asks for a payment action. */
export interface PaymentActionContext {
  method: PaymentMethod
  locale: string
}

/**
 * How a provider's action ended. `completed`: ask the backend for the outcome (it decides whether
 * the payment went through); `cancelled`: the shopper gave up, the attempt is over.
 */
export type PaymentActionOutcome = 'completed' | 'cancelled'

/**
 * A payment method plugin (DESIGN §2). Card data lives only inside what the provider mounts
 * (an iframe from the payment origin), never in the widget's DOM nor its requests.
 */
export interface PaymentProvider {
  /** The `PaymentMethod.type` it serves. */
  readonly type: PaymentMethod['type']
  /**
   * The backend's name for it (`PaymentMethod.provider`, e.g. `stripe`): it serves the methods
   * that name it. Without a name it serves the methods of its `type` that name no provider.
   */
  readonly name?: string
  /**
   * Where its container lives. `shadow` (default): inside the widget's shadow root. `light`: for
   * SDKs that cannot work inside a shadow root (Stripe Elements): the container is a light-DOM
   * child of the host element with `slot="payment-fields"`, shown through a `<slot>` in the step.
   */
  readonly mountTarget?: 'shadow' | 'light'
  mount(container: HTMLElement, context: PaymentMountContext): MountedPayment
  /**
   * Runs an action the backend asked for (`action_required`), such as Stripe's 3-D Secure through
   * `stripe.handleNextAction`. Without it, the widget frames an action's `url` in its own dialog.
   * Rejects with a CheckoutError when the action could not run at all.
   */
  handleAction?(action: PaymentAction, context: PaymentActionContext): Promise<PaymentActionOutcome>
}
