import { CheckoutError, type FieldError } from '@weship/checkout-core'

export function invalidAddress(fieldErrors: FieldError[]): CheckoutError {
  const summary = fieldErrors.map(({ field, message }) => `${field}: ${message}`).join('; ')
  return new CheckoutError('VALIDATION', `The address is not valid (${summary}).`, {
    status: 422,
    reason: 'invalid_address',
    fieldErrors,
  })
}

export function shippingAddressRequired(): CheckoutError {
  const message = 'Enter a shipping address first.'
  return new CheckoutError('VALIDATION', message, {
    status: 422,
    reason: 'shipping_address_required',
    fieldErrors: [{ field: 'shippingAddress', message }],
  })
}

export function shippingOptionUnavailable(): CheckoutError {
  const message = 'This delivery option is not offered for the shipping address.'
  return new CheckoutError('VALIDATION', message, {
    status: 422,
    reason: 'shipping_option_unavailable',
    fieldErrors: [{ field: 'optionId', message }],
  })
}

export function pickupPointUnavailable(): CheckoutError {
  const message = 'This pickup point is not offered with this delivery option for the address.'
  return new CheckoutError('VALIDATION', message, {
    status: 422,
    reason: 'pickup_point_unavailable',
    fieldErrors: [{ field: 'pickupPointId', message }],
  })
}
