import { CheckoutError, type FieldError } from '@weship/checkout-core'
import { CheckoutRefusal } from '../checkout-refusal.js'

export function cartVersionMismatch(currentVersion: number): CheckoutError {
  const detail = 'The cart changed since it was shown; review the new totals and confirm again.'
  return new CheckoutRefusal('CONFLICT', detail, {
    status: 409,
    reason: 'cart_version_mismatch',
    extensions: { cartVersion: currentVersion },
  })
}

export function amountDueChanged(currentVersion: number): CheckoutError {
  const detail = 'The amount to pay changed during the payment; review the new totals and confirm.'
  return new CheckoutRefusal('CONFLICT', detail, {
    status: 409,
    reason: 'amount_due_changed',
    extensions: { cartVersion: currentVersion },
  })
}

export function cartAlreadyOrdered(): CheckoutError {
  return new CheckoutError('CONFLICT', 'This cart has already been ordered; start a new cart.', {
    status: 409,
    reason: 'cart_already_ordered',
  })
}

export function cartEmpty(): CheckoutError {
  return new CheckoutError('VALIDATION', 'The cart is empty.', {
    status: 422,
    reason: 'cart_empty',
    fieldErrors: [{ field: 'items', message: 'Add something to the cart first.' }],
  })
}

const missingDetails = {
  contact_required: { field: 'contact', message: 'An e-mail address is required.' },
  shipping_address_required: {
    field: 'shippingAddress',
    message: 'A shipping address is required.',
  },
  shipping_option_required: { field: 'shippingOptionId', message: 'Choose a delivery option.' },
} satisfies Record<string, FieldError>

export type MissingDetail = keyof typeof missingDetails

/** Names every missing detail at once; the reason is the first, in checkout order. */
export function detailsMissing(missing: readonly [MissingDetail, ...MissingDetail[]]) {
  return new CheckoutError('VALIDATION', 'The order needs more details before it can be placed.', {
    status: 422,
    reason: missing[0],
    fieldErrors: missing.map((reason) => missingDetails[reason]),
  })
}

export function orderNotFound(): CheckoutError {
  // The same answer for a wrong token as for no order: an order's existence is not disclosed.
  return new CheckoutError('ADAPTER', 'No such order, or the link has expired.', {
    status: 404,
    reason: 'order_not_found',
  })
}
