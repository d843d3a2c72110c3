import type { Cart } from '../schemas/cart.js'
import type { PlaceOrderAttempt } from './checkout-draft.js'

/**
 * The attempt to send: the unsettled one when it was for this very cart version and payment
 * method (a retry, even after a reload, must reuse its key), else a new one with a new key.
 */
export function attemptFor(
  previous: PlaceOrderAttempt | null,
  cart: Cart,
  methodId: string,
  createKey: () => string,
): PlaceOrderAttempt {
  if (
    previous &&
    previous.cartId === cart.id &&
    previous.cartVersion === cart.version &&
    previous.methodId === methodId
  ) {
    return previous
  }
  return { key: createKey(), cartId: cart.id, cartVersion: cart.version, methodId }
}

/** A random UUID v4; `crypto.randomUUID` is missing on plain-http pages, `getRandomValues` is not. */
export function randomIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
