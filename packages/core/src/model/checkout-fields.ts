import type { AddressFormats } from './checkout-address-formats.js'
import type { CheckoutState } from './checkout-state.js'
import type { CheckoutFieldErrors, DraftFieldPath, DraftFields } from './checkout-types.js'
import { checkAddress, checkContact } from './checkout-validation.js'

type Section = 'contact' | 'shippingAddress' | 'billingAddress'

/** Field by field, as the shopper types and leaves inputs: keep the value, check it on blur. */
export function createFieldActions(state: CheckoutState, formats: AddressFormats) {
  function saveDraftField<P extends DraftFieldPath>(path: P, value: DraftFields[P]): void {
    const [section, key] = splitPath(path)
    const target = state[section]
    target.value = { ...target.peek(), [key]: value }
    // Clear the error on the first valid keystroke; new errors wait for blur or submit.
    if (state.fieldErrors.peek()[path] && !problemsIn(section)[path]) {
      state.showFieldErrors(path)
    }
  }

  function validateField(path: DraftFieldPath): boolean {
    const [section] = splitPath(path)
    const problem = problemsIn(section)[path]
    state.showFieldErrors(path, problem ? { [path]: problem } : {})
    return !problem
  }

  function problemsIn(section: Section): CheckoutFieldErrors {
    const checked =
      section === 'contact'
        ? checkContact(state.contact.peek())
        : checkAddress(state[section].peek(), section, formats.peek(section))
    return checked.ok ? {} : checked.errors
  }

  return { saveDraftField, validateField }
}

function splitPath(path: DraftFieldPath): [Section, string] {
  const dot = path.indexOf('.')
  return [path.slice(0, dot) as Section, path.slice(dot + 1)]
}
