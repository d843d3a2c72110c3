import type { CheckoutStep } from '@weship/checkout-core'
import stepsEnglish from '@weship/checkout-core/locales/en.json?pick=address,contact,fields,payment,review'
// Shared with the order status page (its receipt), so it is bundled once for both; an inline
// checkout page does not fetch it before the shopper leaves the cart.
import receiptEnglish from '@weship/checkout-core/locales/en.json?pick=confirmation'
// Shared with the order status page (its delivery estimate), so it is bundled once for both.
import estimateEnglish from '@weship/checkout-core/locales/en.json?pick=shipping'
import type { ComponentType } from 'preact'
import address from '../styles/address.css?inline'
import confirmation from '../styles/confirmation.css?inline'
import contact from '../styles/contact.css?inline'
import errorSummary from '../styles/error-summary.css?inline'
import payment from '../styles/payment.css?inline'
import print from '../styles/print.css?inline'
import receipt from '../styles/receipt.css?inline'
import review from '../styles/review.css?inline'
import shipping from '../styles/shipping.css?inline'
import { ConfirmationStep } from './confirmation/confirmation-step.js'
import { ContactStep } from './contact/contact-step.js'
import { PaymentStep } from './payment/payment-step.js'
import { ReviewStep } from './review/review-step.js'
import { ShippingStep } from './shipping/shipping-step.js'

/** Their English, given to the translators when the chunk arrives. */
export const laterStepsEnglish = { ...stepsEnglish, ...estimateEnglish, ...receiptEnglish }

/** Every step after the cart: a chunk of its own in the ES module build (ADR 0007). */
export const laterSteps: Record<Exclude<CheckoutStep, 'cart'>, ComponentType> = {
  contact: ContactStep,
  shipping: ShippingStep,
  payment: PaymentStep,
  review: ReviewStep,
  confirmation: ConfirmationStep,
}

/** Their rules, added to the shared sheet when the chunk arrives. */
export const laterStepStyles = [
  contact,
  address,
  shipping,
  errorSummary,
  payment,
  review,
  receipt,
  confirmation,
  print,
]
