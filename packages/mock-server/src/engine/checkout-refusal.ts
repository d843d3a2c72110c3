import {
  CheckoutError,
  type CheckoutErrorCode,
  type CheckoutErrorOptions,
} from '@weship/checkout-core'

export interface CheckoutRefusalOptions extends CheckoutErrorOptions {
  /** Extra members of the problem document (RFC 9457 extensions), e.g. `cartVersion`. */
  extensions?: Record<string, string | number | boolean>
}

/** A CheckoutError whose problem document carries extra members, e.g. the current version. */
export class CheckoutRefusal extends CheckoutError {
  readonly extensions: Record<string, string | number | boolean>

  constructor(code: CheckoutErrorCode, message: string, options: CheckoutRefusalOptions = {}) {
    const { extensions = {}, ...rest } = options
    super(code, message, rest)
    this.extensions = extensions
  }
}
