import { batch, computed, signal } from '@preact/signals-core'
import type { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import type { Order } from '../schemas/order.js'
import type { PaymentAction, PaymentMethod } from '../schemas/payment.js'
import type { ShippingOption } from '../schemas/shipping.js'
import type { CartSession } from './cart-session.js'
import type { CheckoutDraft, PlaceOrderAttempt } from './checkout-draft.js'
import type { GuardInput } from './checkout-steps.js'
import type {
  AddressDraft,
  CheckoutFieldErrors,
  CheckoutStep,
  ContactDraft,
  PaymentStatus,
} from './checkout-types.js'
import { replaceFieldErrors } from './checkout-validation.js'

/** Every signal of the checkout, writable; the public model hands out read-only views. */
export function createCheckoutState(session: CartSession, draft: CheckoutDraft | null) {
  const state = {
    step: signal<CheckoutStep>('cart'),
    contact: signal<ContactDraft>(draft?.contact ?? {}),
    shippingAddress: signal<AddressDraft>(draft?.shippingAddress ?? {}),
    billingSameAsShipping: signal(draft?.billingSameAsShipping ?? true),
    billingAddress: signal<AddressDraft>(draft?.billingAddress ?? {}),
    shippingOptions: signal<readonly ShippingOption[]>([]),
    /** `addressKey` of the address the options were listed for; null before any list. */
    shippingOptionsFor: signal<string | null>(null),
    selectedShippingOptionId: signal<string | null>(draft?.selectedShippingOptionId ?? null),
    paymentMethods: signal<readonly PaymentMethod[]>([]),
    selectedPaymentMethodId: signal<string | null>(draft?.selectedPaymentMethodId ?? null),
    paymentStatus: signal<PaymentStatus>('idle'),
    /** Why the last attempt did not pay (declined, failed or cancelled check), until the next. */
    paymentFailure: signal<CheckoutError | null>(null),
    pendingAction: signal<PaymentAction | null>(null),
    order: signal<Order | null>(draft?.order ?? null),
    fieldErrors: signal<CheckoutFieldErrors>({}),
    error: signal<CheckoutError | null>(null),
    conflict: signal<Cart | null>(null),
    /** Codes the backend took off the cart by itself, until the shopper's next code action. */
    droppedCodes: signal<readonly string[]>([]),
    /** The unsettled place-order attempt; persisted so a reload reuses its key. */
    attempt: signal<PlaceOrderAttempt | null>(draft?.attempt ?? null),
  }

  const guardInput = computed<GuardInput>(() => ({
    cart: session.cart.value,
    order: state.order.value,
    billingSameAsShipping: state.billingSameAsShipping.value,
    selectedPaymentMethodId: state.selectedPaymentMethodId.value,
    paymentMethods: state.paymentMethods.value,
  }))

  /** Replaces the field errors under `scope` (a field or a section), leaving the others. */
  function showFieldErrors(scope: string, errors: CheckoutFieldErrors = {}) {
    state.fieldErrors.value = replaceFieldErrors(state.fieldErrors.peek(), scope, errors)
  }

  /** Forgets what the shopper entered and chose; after an order and on reset. */
  function clearInputs() {
    batch(() => {
      state.contact.value = {}
      state.shippingAddress.value = {}
      state.billingSameAsShipping.value = true
      state.billingAddress.value = {}
      state.shippingOptions.value = []
      state.shippingOptionsFor.value = null
      state.selectedShippingOptionId.value = null
      state.paymentMethods.value = []
      state.selectedPaymentMethodId.value = null
      state.pendingAction.value = null
      state.paymentFailure.value = null
      state.attempt.value = null
      state.conflict.value = null
      state.fieldErrors.value = {}
      state.error.value = null
    })
  }

  /** Fills inputs the draft left empty from what the server already knows. */
  function prefillFrom(cart: Cart) {
    batch(() => {
      if (isEmpty(state.contact.peek()) && cart.contact) state.contact.value = { ...cart.contact }
      if (isEmpty(state.shippingAddress.peek()) && cart.shippingAddress) {
        state.shippingAddress.value = { ...cart.shippingAddress }
      }
      if (isEmpty(state.billingAddress.peek()) && cart.billingAddress) {
        state.billingAddress.value = { ...cart.billingAddress }
        if (!draft) state.billingSameAsShipping.value = false
      }
      if (cart.shippingOptionId) state.selectedShippingOptionId.value = cart.shippingOptionId
    })
  }

  return { ...state, guardInput, showFieldErrors, clearInputs, prefillFrom }
}

export type CheckoutState = ReturnType<typeof createCheckoutState>

function isEmpty(values: object): boolean {
  return Object.values(values).every((value) => value === undefined || value === '')
}
