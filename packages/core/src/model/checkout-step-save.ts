import type { CartSession } from './cart-session.js'
import type { AddressFormats } from './checkout-address-formats.js'
import type { CartWriter } from './checkout-cart.js'
import type { createChoiceActions } from './checkout-choices.js'
import type { createDetailActions } from './checkout-details.js'
import type { CheckoutState } from './checkout-state.js'
import { isStepComplete } from './checkout-steps.js'
import type { CheckoutStep } from './checkout-types.js'
import { addressKey, isAddressSaved, isContactSaved } from './saved-input.js'

export interface StepSaveContext {
  session: CartSession
  state: CheckoutState
  writer: CartWriter
  details: ReturnType<typeof createDetailActions>
  choices: ReturnType<typeof createChoiceActions>
  formats: AddressFormats
}

const typed = (draft: object, ignored: string[] = []) =>
  Object.entries(draft).some(
    ([key, value]) => !ignored.includes(key) && typeof value === 'string' && value.trim() !== '',
  )

/**
 * What each step's "Continue" saves before moving on. A step holding typed input the cart does
 * not have yet may not be skipped forward (a jump in the step list saves it first, the same way).
 */
export function createStepSave(context: StepSaveContext) {
  const { session, state, writer, details, choices, formats } = context
  function hasUnsavedInput(step: CheckoutStep): boolean {
    const cart = session.cart.peek()
    switch (step) {
      case 'contact':
        return typed(state.contact.peek()) && !isContactSaved(state.contact.peek(), cart?.contact)
      case 'shipping': {
        const draft = state.shippingAddress.peek()
        // The country alone may be the form's preselection, not the shopper's input.
        return (
          typed(draft, ['country']) &&
          !isAddressSaved(draft, cart?.shippingAddress, formats.peek('shippingAddress'))
        )
      }
      case 'payment':
        return (
          !state.billingSameAsShipping.peek() &&
          !isAddressSaved(
            state.billingAddress.peek(),
            cart?.billingAddress,
            formats.peek('billingAddress'),
          )
        )
      default:
        return false
    }
  }

  async function saveShipping(): Promise<boolean> {
    const saved = () => session.cart.peek()?.shippingAddress
    const format = formats.peek('shippingAddress')
    if (!isAddressSaved(state.shippingAddress.peek(), saved(), format)) {
      if (!(await details.setShippingAddress())) return false
    }
    await choices.shippingOptionsLoading()
    if (state.shippingOptionsFor.peek() !== addressKey(saved())) {
      if (!(await choices.loadShippingOptions())) return false
    }
    // A delivery choice made just before may still be on its way.
    await writer.settled()
    return isStepComplete('shipping', state.guardInput.peek())
  }

  /** Saves the current step's input as its "Continue" does; true when the step is complete. */
  async function saveStep(): Promise<boolean> {
    const step = state.step.peek()
    if (step === 'contact') {
      const saved = isContactSaved(state.contact.peek(), session.cart.peek()?.contact)
      return saved || details.setContact()
    }
    if (step === 'shipping') return saveShipping()
    if (step === 'payment' && hasUnsavedInput('payment')) return details.setBillingAddress()
    return true
  }

  return { hasUnsavedInput, saveStep }
}
