import type { Cart } from '../schemas/cart.js'
import { contactSchema } from '../schemas/contact.js'
import type { Order } from '../schemas/order.js'
import type { PaymentMethod } from '../schemas/payment.js'
import { type CheckoutStep, checkoutSteps } from './checkout-types.js'
import { isUnder } from './checkout-validation.js'

/** What the step guards look at: the server's cart plus the choices that stay in the browser. */
export interface GuardInput {
  cart: Cart | null
  order: Order | null
  billingSameAsShipping: boolean
  selectedPaymentMethodId: string | null
  /** Empty until loaded; a restored choice is trusted until the list says otherwise. */
  paymentMethods: readonly PaymentMethod[]
}

type FormStep = Exclude<CheckoutStep, 'confirmation'>

// Guards read the cart, not the inputs: a step is done when the server has what it needs.
const done: Record<FormStep, (input: GuardInput) => boolean> = {
  cart: ({ cart }) => !!cart && cart.itemCount > 0,
  contact: ({ cart }) => contactSchema.safeParse(cart?.contact).success,
  shipping: ({ cart }) => !!cart?.shippingAddress && !!cart.shippingOptionId,
  payment: (input) => methodChosen(input) && billingKnown(input),
  review: () => true,
}

export function stepIndex(step: CheckoutStep): number {
  return checkoutSteps.indexOf(step)
}

/** True when everything the step asks for is done, so the shopper may move past it. */
export function isStepComplete(step: CheckoutStep, input: GuardInput): boolean {
  return step === 'confirmation' ? input.order !== null : done[step](input)
}

/** A step may be entered when every step before it is complete; the flow ends with an order. */
export function canEnterStep(step: CheckoutStep, input: GuardInput): boolean {
  if (step === 'confirmation') return input.order !== null
  if (input.order) return false
  return checkoutSteps.slice(0, stepIndex(step)).every((before) => isStepComplete(before, input))
}

/** The first step that still needs the shopper, or review when nothing does. */
export function firstIncompleteStep(input: GuardInput): CheckoutStep {
  if (input.order) return 'confirmation'
  const beforeReview = checkoutSteps.slice(0, stepIndex('review'))
  return beforeReview.find((step) => !isStepComplete(step, input)) ?? 'review'
}

/** The wanted step if it may be entered, else the last one before it that may (for a reload). */
export function furthestReachable(wanted: CheckoutStep, input: GuardInput): CheckoutStep {
  if (input.order) return 'confirmation'
  const candidates = checkoutSteps.slice(0, stepIndex(wanted) + 1).reverse()
  return candidates.find((step) => canEnterStep(step, input)) ?? 'cart'
}

const fieldOwners: Array<[scope: string, step: CheckoutStep]> = [
  ['items', 'cart'],
  ['code', 'cart'],
  ['contact', 'contact'],
  ['email', 'contact'],
  ['shippingAddress', 'shipping'],
  ['shippingOptionId', 'shipping'],
  ['billingAddress', 'payment'],
  ['payment', 'payment'],
]

/** The earliest step that owns one of these fields, so the shopper is sent where to fix it. */
export function stepOwningFields(paths: readonly string[]): CheckoutStep | null {
  const owners = paths.flatMap((path) =>
    fieldOwners.filter(([scope]) => isUnder(path, scope)).map(([, step]) => step),
  )
  if (owners.length === 0) return null
  return owners.reduce((earliest, step) =>
    stepIndex(step) < stepIndex(earliest) ? step : earliest,
  )
}

function methodChosen({ selectedPaymentMethodId: id, paymentMethods }: GuardInput): boolean {
  if (!id) return false
  return paymentMethods.length === 0 || paymentMethods.some((method) => method.id === id)
}

function billingKnown({ billingSameAsShipping, cart }: GuardInput): boolean {
  return billingSameAsShipping || !!cart?.billingAddress
}
