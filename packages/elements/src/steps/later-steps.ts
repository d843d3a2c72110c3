import type { CheckoutStep } from '@weship/checkout-core'
import type { ComponentType } from 'preact'
import { ConfirmationStep } from './confirmation/confirmation-step.js'
import { ContactStep } from './contact/contact-step.js'
import { PaymentStep } from './payment/payment-step.js'
import { ReviewStep } from './review/review-step.js'
import { ShippingStep } from './shipping/shipping-step.js'

/** Every step after the cart: a chunk of its own in the ES module build (ADR 0007). */
export const laterSteps: Record<Exclude<CheckoutStep, 'cart'>, ComponentType> = {
  contact: ContactStep,
  shipping: ShippingStep,
  payment: PaymentStep,
  review: ReviewStep,
  confirmation: ConfirmationStep,
}
