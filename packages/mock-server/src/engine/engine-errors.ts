import { CheckoutError, MAX_LINE_QUANTITY } from '@weship/checkout-core'

// Stock and limits are 422 VALIDATION with a field error: the shopper fixes them by changing the
// quantity, while 409 CONFLICT stays reserved for stale cart versions (re-confirm the totals).

export function cartNotFound(): CheckoutError {
  return new CheckoutError('ADAPTER', 'This cart does not exist or has expired.', {
    status: 404,
    reason: 'cart_not_found',
  })
}

export function lineNotFound(): CheckoutError {
  return new CheckoutError('ADAPTER', 'This cart has no such line.', {
    status: 404,
    reason: 'line_not_found',
  })
}

export function unknownSku(sku: string, field: string): CheckoutError {
  return new CheckoutError('VALIDATION', `No product has the SKU "${sku}".`, {
    status: 422,
    reason: 'unknown_sku',
    fieldErrors: [{ field, message: 'Unknown SKU.' }],
  })
}

export function stockRefused(sku: string, available: number, field: string): CheckoutError {
  const soldOut = available === 0
  const message = soldOut ? 'Out of stock.' : `Only ${available} left in stock.`
  return new CheckoutError('VALIDATION', `${sku}: ${message}`, {
    status: 422,
    reason: soldOut ? 'out_of_stock' : 'insufficient_stock',
    fieldErrors: [{ field, message }],
  })
}

export function quantityLimit(field: string): CheckoutError {
  const message = `At most ${MAX_LINE_QUANTITY} per line.`
  return new CheckoutError('VALIDATION', message, {
    status: 422,
    reason: 'quantity_limit',
    fieldErrors: [{ field, message }],
  })
}

export function unsupportedCurrency(currency: string, supported: readonly string[]): CheckoutError {
  const message = `Prices exist in ${supported.join(', ')}.`
  return new CheckoutError('VALIDATION', `${currency} is not sold here. ${message}`, {
    status: 422,
    reason: 'unsupported_currency',
    fieldErrors: [{ field: 'currency', message }],
  })
}

/** Every cart is in recent use: a new one is refused, never made room for by dropping one. */
export class CartCapacityError extends CheckoutError {
  readonly retryAfterSeconds: number

  constructor(retryAfterSeconds: number) {
    super('ADAPTER', 'The shop holds as many carts as it can right now. Try again later.', {
      status: 503,
      reason: 'cart_capacity_reached',
    })
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export const cartCapacityReached = (retryAfterSeconds: number) =>
  new CartCapacityError(retryAfterSeconds)
