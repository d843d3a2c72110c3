import { type Signal, signal } from '@preact/signals'
import type { Checkout, PaymentMethod } from '@weship/checkout-core'
import type { PaymentToken } from './payment-provider.js'

/** A token for one payment method, from "Continue to review" until the server uses it up. */
export interface HeldToken extends PaymentToken {
  methodId: string
}

// Memory only, per checkout: never in the draft nor any storage, gone with a reload.
const held = new WeakMap<Checkout, Signal<HeldToken | null>>()

/** The payment token waiting for "Place order", shared by the payment and review steps. */
export function heldPaymentToken(checkout: Checkout): Signal<HeldToken | null> {
  let token = held.get(checkout)
  if (!token) {
    token = signal<HeldToken | null>(null)
    held.set(checkout, token)
  }
  return token
}

/** The held token when it is for this method (a token for another method does not pay). */
export function heldTokenFor(
  checkout: Checkout,
  method: PaymentMethod | undefined,
): HeldToken | null {
  const token = heldPaymentToken(checkout).value
  return token && method && token.methodId === method.id ? token : null
}

/** The payment method the shopper chose, among those the backend offers now. */
export function selectedPaymentMethod(checkout: Checkout): PaymentMethod | undefined {
  const id = checkout.selectedPaymentMethodId.value
  return checkout.paymentMethods.value.find((method) => method.id === id)
}
