// The bounds the schemas enforce, in a module without zod: the elements check their attributes
// against them on a page that may never fetch the schemas.

/** Quantities a shopper may ask for in one line; stock limits come on top, per variant. */
export const MAX_LINE_QUANTITY = 999

/** SKUs are opaque to us; this bounds what a backend or an attribute may send. */
export const MAX_SKU_LENGTH = 64

/** The shape of an ISO 4217 code; whether the code exists is the browser's to say. */
export const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/

/** The kinds of payment method the widget knows how to show. */
export const PAYMENT_METHOD_TYPES = ['card', 'gift_card', 'invoice', 'wallet'] as const
