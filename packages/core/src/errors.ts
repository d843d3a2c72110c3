/** Every failure the checkout can meet, in the words the UI and merchants act on. */
export const checkoutErrorCodes = [
  'CONFIG',
  'VALIDATION',
  'ADAPTER',
  'NETWORK',
  'PAYMENT_DECLINED',
  'CONFLICT',
  'CANCELLED',
] as const
export type CheckoutErrorCode = (typeof checkoutErrorCodes)[number]

export interface FieldError {
  /** Dotted path of the offending field, e.g. `items.0.quantity`. */
  field: string
  message: string
  /** Why, as the widget's i18n key (`required`, `invalid_postal_code`…); else the error's reason. */
  reason?: string
}

export interface CheckoutErrorOptions {
  /** i18n key of a shopper-safe message; defaults from the code. */
  messageKey?: string
  /** A finer, machine-readable reason, e.g. `cart_not_found` or `out_of_stock`. */
  reason?: string
  status?: number
  fieldErrors?: FieldError[]
  docsUrl?: string
  cause?: unknown
}

const defaultMessageKeys: Record<CheckoutErrorCode, string> = {
  CONFIG: 'errors.config',
  VALIDATION: 'errors.validation',
  ADAPTER: 'errors.adapter',
  NETWORK: 'errors.network',
  PAYMENT_DECLINED: 'errors.paymentDeclined',
  CONFLICT: 'errors.conflict',
  CANCELLED: 'errors.cancelled',
}

export class CheckoutError extends Error {
  override readonly name = 'CheckoutError'
  readonly code: CheckoutErrorCode
  readonly messageKey: string
  readonly reason: string | undefined
  readonly status: number | undefined
  readonly fieldErrors: FieldError[]
  readonly docsUrl: string | undefined

  constructor(code: CheckoutErrorCode, message: string, options: CheckoutErrorOptions = {}) {
    super(options.docsUrl ? `${message} See ${options.docsUrl}` : message, { cause: options.cause })
    this.code = code
    this.messageKey = options.messageKey ?? defaultMessageKeys[code]
    this.reason = options.reason
    this.status = options.status
    this.fieldErrors = options.fieldErrors ?? []
    this.docsUrl = options.docsUrl
  }
}

export function isCheckoutError(value: unknown): value is CheckoutError {
  return value instanceof CheckoutError
}

/** Wraps anything thrown into a CheckoutError, keeping the original as `cause`. */
export function toCheckoutError(
  value: unknown,
  fallback: CheckoutErrorCode = 'ADAPTER',
): CheckoutError {
  if (isCheckoutError(value)) return value
  if (value instanceof DOMException && value.name === 'AbortError') {
    return new CheckoutError('CANCELLED', 'The request was cancelled.', { cause: value })
  }
  const message = value instanceof Error ? value.message : String(value)
  return new CheckoutError(fallback, message, { cause: value })
}
