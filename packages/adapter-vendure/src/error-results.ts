import { CheckoutError, type CheckoutErrorCode } from '@weship/checkout-core'
import type { OrderOrError, VendureErrorResult, VendureOrder } from './vendure-schemas.js'

/** Vendure's ErrorResult codes (errors as data), in the checkout's codes and reasons. */
const errorResultCodes: Record<string, [CheckoutErrorCode, string]> = {
  INSUFFICIENT_STOCK_ERROR: ['VALIDATION', 'insufficient_stock'],
  NEGATIVE_QUANTITY_ERROR: ['VALIDATION', 'invalid_request'],
  ORDER_LIMIT_ERROR: ['VALIDATION', 'quantity_limit'],
  ORDER_INTERCEPTOR_ERROR: ['VALIDATION', 'refused_by_shop'],
  // The order left AddingItems (it is being paid or was placed): the cart changed under us.
  ORDER_MODIFICATION_ERROR: ['CONFLICT', 'cart_locked'],
  COUPON_CODE_INVALID_ERROR: ['VALIDATION', 'code_unknown'],
  COUPON_CODE_EXPIRED_ERROR: ['VALIDATION', 'code_expired'],
  COUPON_CODE_LIMIT_ERROR: ['VALIDATION', 'code_already_used'],
  COUPON_REMOVED_DURING_CHECKOUT_ERROR: ['CONFLICT', 'code_removed'],
  EMAIL_ADDRESS_CONFLICT_ERROR: ['VALIDATION', 'email_already_registered'],
  GUEST_CHECKOUT_ERROR: ['VALIDATION', 'guest_checkout_refused'],
  ALREADY_LOGGED_IN_ERROR: ['VALIDATION', 'already_signed_in'],
  NO_ACTIVE_ORDER_ERROR: ['ADAPTER', 'cart_not_found'],
  INELIGIBLE_SHIPPING_METHOD_ERROR: ['VALIDATION', 'shipping_option_unavailable'],
  INELIGIBLE_PAYMENT_METHOD_ERROR: ['VALIDATION', 'payment_method_unavailable'],
  ORDER_STATE_TRANSITION_ERROR: ['VALIDATION', 'checkout_incomplete'],
  ORDER_PAYMENT_STATE_ERROR: ['CONFLICT', 'payment_state'],
  PAYMENT_DECLINED_ERROR: ['PAYMENT_DECLINED', 'card_declined'],
  PAYMENT_FAILED_ERROR: ['PAYMENT_DECLINED', 'payment_failed'],
}

export function errorResultToCheckoutError(result: VendureErrorResult): CheckoutError {
  const [code, reason] = errorResultCodes[result.errorCode] ?? [
    'ADAPTER',
    `vendure_${result.errorCode.toLowerCase()}`,
  ]
  // Decline details stay in `cause` for the merchant's logs; shoppers get a generic message.
  return new CheckoutError(code, result.message, { reason, cause: result })
}

export function isErrorResult(value: OrderOrError): value is VendureErrorResult {
  return value.__typename !== 'Order'
}

/** The order, or the ErrorResult in its place thrown as a CheckoutError. */
export function orderOrThrow(value: OrderOrError): VendureOrder {
  if (isErrorResult(value)) throw errorResultToCheckoutError(value)
  return value as VendureOrder
}
