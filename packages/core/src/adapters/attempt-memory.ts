import { CheckoutError } from '../errors.js'
import type { PlaceOrderResult } from '../schemas/order.js'
import type { PlaceOrderRequest } from '../schemas/payment.js'

interface Attempt {
  cartId: string
  cartVersion: number
  methodId: string
  result: Promise<PlaceOrderResult>
}

/**
 * The contract's idempotency for adapters whose backend takes no Idempotency-Key (Vendure,
 * Medusa): each key's attempt is remembered with its promise for the page's life. A replay or a
 * concurrent retry of the same attempt (cart, cart version, payment method; a fresh single-use
 * token does not make it another) shares the first one's answer; another attempt under the key
 * is VALIDATION (`idempotency_key_reused`); only an attempt that reached no verdict (NETWORK,
 * CANCELLED) may be sent again under its key.
 */
export function createAttemptMemory() {
  const attempts = new Map<string, Attempt>()

  return {
    placeOnce(
      cartId: string,
      request: PlaceOrderRequest,
      idempotencyKey: string,
      place: () => Promise<PlaceOrderResult>,
    ): Promise<PlaceOrderResult> {
      const { cartVersion } = request
      const { methodId } = request.payment
      const previous = attempts.get(idempotencyKey)
      if (previous) {
        const same =
          previous.cartId === cartId &&
          previous.cartVersion === cartVersion &&
          previous.methodId === methodId
        if (same) return previous.result
        return Promise.reject(
          new CheckoutError('VALIDATION', 'This idempotency key belongs to another attempt.', {
            reason: 'idempotency_key_reused',
          }),
        )
      }
      const result = place()
      attempts.set(idempotencyKey, { cartId, cartVersion, methodId, result })
      result.catch((error: unknown) => {
        const code = error instanceof CheckoutError ? error.code : 'NETWORK'
        if (code === 'NETWORK' || code === 'CANCELLED') attempts.delete(idempotencyKey)
      })
      return result
    },
  }
}
