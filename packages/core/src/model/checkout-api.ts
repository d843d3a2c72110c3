import type { ReadonlySignal } from '@preact/signals-core'
import type { AddressFormat } from '../address/address-format.js'
import type { CheckoutError } from '../errors.js'
import type { Address } from '../schemas/address.js'
import type { Cart } from '../schemas/cart.js'
import type { Customer } from '../schemas/customer.js'
import type { Order } from '../schemas/order.js'
import type { PaymentAction, PaymentMethod } from '../schemas/payment.js'
import type { ShippingOption } from '../schemas/shipping.js'
import type { DeliveryStatus } from './checkout-delivery.js'
import type {
  AddressDraft,
  CheckoutActionName,
  CheckoutFieldErrors,
  CheckoutStep,
  ContactDraft,
  DraftFieldPath,
  DraftFields,
  PaymentActionEnd,
  PaymentStatus,
} from './checkout-types.js'

/**
 * The whole checkout as signals and actions. Components read the signals and call the actions;
 * actions never throw: a failure becomes `error` or `fieldErrors` and keeps what was entered.
 * Async actions resolve to true when they succeeded.
 */
export interface Checkout {
  /** The step shown; changed by `goTo`/`next`, a placed order, or a refusal that owns a field. */
  readonly step: ReadonlySignal<CheckoutStep>
  /** The shared cart as the server last sent it: items, totals, and what is saved on it. */
  readonly cart: ReadonlySignal<Cart | null>
  /** What the shopper typed, saved or not (`cart.contact` is what the server has). */
  readonly contact: ReadonlySignal<ContactDraft>
  readonly shippingAddress: ReadonlySignal<AddressDraft>
  /**
   * How the shipping country writes addresses (fields, their order and names, rules), fetched
   * when the country is chosen; null until it is here.
   */
  readonly shippingAddressFormat: ReadonlySignal<AddressFormat | null>
  /** True by default: bill the shipping address. */
  readonly billingSameAsShipping: ReadonlySignal<boolean>
  readonly billingAddress: ReadonlySignal<AddressDraft>
  readonly billingAddressFormat: ReadonlySignal<AddressFormat | null>
  /** Delivery options for the cart's address, with their estimated dates. */
  readonly shippingOptions: ReadonlySignal<readonly ShippingOption[]>
  /**
   * What the delivery options area shows for the typed address. On the shipping step a complete,
   * valid address is saved after a short pause in typing, and its options listed.
   */
  readonly deliveryStatus: ReadonlySignal<DeliveryStatus>
  /** The typed shipping address is not the one the cart's shipping and tax are priced for. */
  readonly shippingAddressChanged: ReadonlySignal<boolean>
  readonly selectedShippingOptionId: ReadonlySignal<string | null>
  readonly paymentMethods: ReadonlySignal<readonly PaymentMethod[]>
  readonly selectedPaymentMethodId: ReadonlySignal<string | null>
  readonly paymentStatus: ReadonlySignal<PaymentStatus>
  /**
   * Why the last attempt did not pay, until the next one: PAYMENT_DECLINED with the backend's
   * `reason` (`incorrect_cvc`, `expired_card`, `authentication_failed`…) or CANCELLED with
   * `authentication_cancelled` when the shopper closed the bank's check.
   */
  readonly paymentFailure: ReadonlySignal<CheckoutError | null>
  /** The 3-D Secure challenge to show (its `url` in a dialog's iframe) while `action_required`. */
  readonly pendingAction: ReadonlySignal<PaymentAction | null>
  /** The placed order, for the confirmation step. */
  readonly order: ReadonlySignal<Order | null>
  /** Errors per field by dotted path; `reason` is the i18n key. Shown on fields, never in `error`. */
  readonly fieldErrors: ReadonlySignal<CheckoutFieldErrors>
  /** Actions waiting for the backend, by name. */
  readonly busy: ReadonlySignal<ReadonlySet<CheckoutActionName>>
  /** The last failure that is not about a field, for a banner with "Try again" (`retry`). */
  readonly error: ReadonlySignal<CheckoutError | null>
  /** A change that moves totals is on its way; totals shown may be about to change. */
  readonly totalsStale: ReadonlySignal<boolean>
  /** The new cart after a CONFLICT: show its totals beside `cart`'s, then `acceptNewTotals`. */
  readonly conflict: ReadonlySignal<Cart | null>
  /**
   * Promo codes the backend removed on its own (a one-per-customer code once the e-mail is
   * known, a minimum no longer met), to be told rather than silently priced in. Emptied by the
   * shopper's next apply or remove.
   */
  readonly droppedCodes: ReadonlySignal<readonly string[]>
  /** Which steps `goTo` would enter now (every step before them is complete). */
  readonly canEnter: ReadonlySignal<Readonly<Record<CheckoutStep, boolean>>>
  /** Which steps have everything they ask for. */
  readonly completed: ReadonlySignal<Readonly<Record<CheckoutStep, boolean>>>
  /** The current step is done: `next()` (or, on review, `placeOrder`) would go ahead. */
  readonly canProceed: ReadonlySignal<boolean>
  /** The place-order button may be pressed: all complete, totals settled, no conflict pending. */
  readonly canPlaceOrder: ReadonlySignal<boolean>
  /** The signed-in customer; null for guests (and always where the adapter has no accounts). */
  readonly customer: ReadonlySignal<Customer | null>
  /** The adapter can sign in and create accounts; without it the account actions return false. */
  readonly accountsAvailable: ReadonlySignal<boolean>

  /** Loads the cart and resumes the saved step (started on creation; await it in tests). */
  resume(): Promise<CheckoutStep>
  /**
   * Goes back to any earlier step, or forward when its guards pass and the current step holds
   * no typed input left unsaved (`saveStep` first); false keeps the step.
   */
  goTo(step: CheckoutStep): boolean
  /**
   * Saves what the current step's form holds, as its "Continue" does: the contact, the shipping
   * address with a delivery choice (joining a save already on its way), a separate billing
   * address. True when the step is then complete.
   */
  saveStep(): Promise<boolean>
  /** Goes to the following step when the current one is complete. */
  next(): boolean
  /** Keeps a typed value in the draft (no request); clears its error once the value is valid. */
  saveDraftField<P extends DraftFieldPath>(path: P, value: DraftFields[P]): void
  /** Checks one field (on blur) and shows or clears its error; true when valid. */
  validateField(path: DraftFieldPath): boolean
  /** Checks then saves the contact (defaults to the typed one). */
  setContact(contact?: ContactDraft): Promise<boolean>
  /** Checks then saves the address, then loads and preselects delivery options. */
  setShippingAddress(address?: AddressDraft): Promise<boolean>
  loadShippingOptions(): Promise<boolean>
  /**
   * Chooses a delivery option; for a pickup option, one of its `pickupPoints` (the backend's
   * nearest without one). The point chosen is `cart.pickupPoint`.
   */
  selectShippingOption(optionId: string, pickupPointId?: string): Promise<boolean>
  setBillingSameAsShipping(same: boolean): Promise<boolean>
  setBillingAddress(address?: AddressDraft): Promise<boolean>
  /** Applies a promo code or gift card; a refusal is `fieldErrors.code` with the server's reason. */
  applyCode(code: string): Promise<boolean>
  removeCode(code: string): Promise<boolean>
  loadPaymentMethods(): Promise<boolean>
  selectPaymentMethod(methodId: string): boolean
  /** Places the order; a second call while one is on its way returns the same promise. */
  placeOrder(paymentToken?: string): Promise<PaymentStatus>
  /** Finishes the payment after the shopper passed the 3-D Secure challenge. */
  completePaymentAction(): Promise<PaymentStatus>
  /**
   * The shopper closed the challenge (`authentication_cancelled`, the default), or nothing here
   * could run it (`payment_action_unavailable`); the next place order is a new attempt.
   */
  cancelPaymentAction(reason?: PaymentActionEnd): boolean
  /** Runs the last failed action again with the same input (and the same idempotency key). */
  retry(): Promise<boolean>
  /** Takes the cart from `conflict` as the one to pay. */
  acceptNewTotals(): boolean
  /**
   * Signs a returning customer in; prefills the e-mail and, unless the shopper typed an address,
   * their saved one. Refusals are `fieldErrors['signIn.email' | 'signIn.password']`.
   */
  signIn(email: string, password: string): Promise<boolean>
  /**
   * Fills the shipping address with one of `customer.addresses` (a signed-in shopper with several
   * picks one); like typed input, it is saved once complete.
   */
  chooseSavedAddress(address: Address): void
  /** Signs out; what the shopper entered stays, so they can go on as a guest. */
  signOut(): Promise<boolean>
  /**
   * After the order: an account with the order's e-mail and name, keeping the order in it.
   * Refusals (too short, e-mail taken) are `fieldErrors['account.password']`.
   */
  createAccount(password: string): Promise<boolean>
  /** Starts over: forgets the draft and every input (not the cart). False while placing. */
  reset(): boolean
  /** Stops saving the draft; call when the widget goes away. */
  dispose(): void
}
