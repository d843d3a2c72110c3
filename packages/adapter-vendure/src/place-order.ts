import {
  CheckoutError,
  createAttemptMemory,
  type IdempotentRequestOptions,
  type PaymentRequest,
  type PlaceOrderRequest,
  type PlaceOrderResult,
} from '@weship/checkout-core'
import type { createCartVersions } from './cart-versions.js'
import { addPaymentMutation } from './documents.js'
import { orderOrThrow } from './error-results.js'
import { placedOrderToOrder } from './map-order.js'
import { cartNotFound, type createOrderCalls } from './order-calls.js'

/** What `addPaymentToOrder` gets as `metadata` for a payment; depends on the payment handler. */
export type PaymentMetadata = (payment: PaymentRequest) => Record<string, unknown>

interface PlaceOrderDeps {
  calls: ReturnType<typeof createOrderCalls>
  versions: ReturnType<typeof createCartVersions>
  paymentMetadata: PaymentMetadata
  /** Whether the channel shows prices with tax. */
  taxIncluded(): Promise<boolean>
  /** Names of the payment methods listed so far, for the receipt. */
  methodNames: ReadonlyMap<string, string>
}

/**
 * Order placement with the contract's idempotency. Vendure has no idempotency keys, so attempts
 * are remembered by this adapter (per page): a replay or a concurrent retry gets the first
 * attempt's result. After a reload nothing is remembered, but nothing is charged twice either:
 * a paid order is no longer the session's active order, so a second attempt finds no cart.
 */
export function createOrderPlacement(deps: PlaceOrderDeps) {
  const { calls, versions, paymentMetadata } = deps
  const attempts = createAttemptMemory()

  async function place(
    cartId: string,
    request: PlaceOrderRequest,
    signal?: AbortSignal,
  ): Promise<PlaceOrderResult> {
    const order = await calls.activeOrder(cartId, signal)
    if (!order) throw cartNotFound()
    if (versions.versionOf(cartId, order) !== request.cartVersion) {
      throw new CheckoutError('CONFLICT', 'The cart changed; please confirm the new totals.', {
        reason: 'cart_version_mismatch',
      })
    }
    if (order.state === 'AddingItems') await calls.transition(cartId, 'ArrangingPayment', signal)
    const input = { method: request.payment.methodId, metadata: paymentMetadata(request.payment) }
    const paid = orderOrThrow(
      await calls.mutateOrder(cartId, addPaymentMutation, 'addPaymentToOrder', { input }, signal),
    )
    const view = {
      taxIncluded: await deps.taxIncluded(),
      withToken: true,
      methodNames: deps.methodNames,
    }
    return { status: 'completed', order: placedOrderToOrder(paid, view) }
  }

  return {
    placeOrder(
      cartId: string,
      request: PlaceOrderRequest,
      { idempotencyKey, signal }: IdempotentRequestOptions,
    ): Promise<PlaceOrderResult> {
      return attempts.placeOnce(cartId, request, idempotencyKey, () =>
        place(cartId, request, signal),
      )
    },
  }
}
