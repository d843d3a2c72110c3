import {
  CheckoutError,
  createAttemptMemory,
  decimalToMoney,
  type IdempotentRequestOptions,
  type Money,
  type PaymentRequest,
  type PlaceOrderRequest,
  type PlaceOrderResult,
} from '@weship/checkout-core'
import * as z from 'zod/mini'
import type { CartCalls } from './cart-calls.js'
import type { createCartVersions } from './cart-versions.js'
import { ORDER_FIELDS } from './map-order.js'
import { medusaErrorToCheckoutError } from './medusa-errors.js'
import {
  completeAnswerSchema,
  type MedusaOrder,
  type MedusaPaymentSession,
  medusaPaymentCollectionSchema,
} from './medusa-schemas.js'
import type { StoreClient } from './store-client.js'

/** A payment session as a provider's `confirm` sees it (Stripe's carries `data.client_secret`). */
export interface MedusaPaymentSessionInfo {
  id: string
  providerId: string
  data: Record<string, unknown>
  amount: Money
}

/** What the adapter does around a Medusa payment provider's session. */
export interface MedusaPaymentHandler {
  /** The payment session's `data`; `{ token }` (the widget's payment token) by default. */
  sessionData?(payment: PaymentRequest): Record<string, unknown>
  /**
   * Runs after the session exists and before the cart is completed: where a payment is confirmed
   * in the browser (Stripe: `stripe.confirmPayment` with the session's client secret). Throw a
   * PAYMENT_DECLINED CheckoutError to decline; the cart stays as it was.
   */
  confirm?(
    session: MedusaPaymentSessionInfo,
    payment: PaymentRequest,
    signal?: AbortSignal,
  ): Promise<void>
}

interface PlacementDeps {
  client: StoreClient
  calls: CartCalls
  versions: ReturnType<typeof createCartVersions>
  handlers: Record<string, MedusaPaymentHandler>
  toOrder(order: MedusaOrder): PlaceOrderResult & { status: 'completed' }
}

const collectionAnswer = z.object({ payment_collection: medusaPaymentCollectionSchema })

/**
 * Order placement with the contract's idempotency. Medusa completes a cart once: completing it
 * again answers the same order, and a second completion while one runs is a 409. So a retry after
 * a reload (when this page's memory of the key is gone) cannot order twice; within a page, core's
 * attempt memory gives a replay or a concurrent retry the first attempt's answer.
 */
export function createOrderPlacement(deps: PlacementDeps) {
  const { client, calls, versions } = deps
  const attempts = createAttemptMemory()

  async function complete(cartId: string, signal?: AbortSignal) {
    const answer = await client.request({
      method: 'POST',
      path: `/store/carts/${encodeURIComponent(cartId)}/complete`,
      query: { fields: ORDER_FIELDS },
      schema: completeAnswerSchema,
      signal,
    })
    // Medusa answers a refused payment with 200 and the cart back.
    if (answer.type === 'cart') throw medusaErrorToCheckoutError(402, answer.error)
    return deps.toOrder(answer.order)
  }

  async function place(cartId: string, request: PlaceOrderRequest, signal?: AbortSignal) {
    const cart = await calls.get(cartId, signal)
    // Already ordered (a retry after a reload): Medusa answers the order it made.
    if (cart.completed_at) return complete(cartId, signal)
    if (versions.versionOf(cart) !== request.cartVersion) {
      throw new CheckoutError('CONFLICT', 'The cart changed; please confirm the new totals.', {
        reason: 'cart_version_mismatch',
      })
    }
    if (!cart.email) {
      throw new CheckoutError('VALIDATION', 'An e-mail address is needed to order.', {
        reason: 'checkout_incomplete',
        fieldErrors: [{ field: 'email', message: 'Enter your e-mail address.' }],
      })
    }
    const { payment } = request
    const handler = deps.handlers[payment.methodId] ?? {}
    const collection = await client.request({
      method: 'POST',
      path: '/store/payment-collections',
      body: { cart_id: cartId },
      schema: collectionAnswer,
      signal,
    })
    const data = handler.sessionData?.(payment) ?? (payment.token ? { token: payment.token } : {})
    const withSession = await client.request({
      method: 'POST',
      path: `/store/payment-collections/${encodeURIComponent(collection.payment_collection.id)}/payment-sessions`,
      body: { provider_id: payment.methodId, data },
      schema: collectionAnswer,
      signal,
    })
    const paid = withSession.payment_collection
    const session = paid.payment_sessions?.find((s) => s.provider_id === payment.methodId)
    if (handler.confirm && session) {
      await handler.confirm(sessionInfo(session, paid.amount, paid.currency_code), payment, signal)
    }
    return complete(cartId, signal)
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

function sessionInfo(session: MedusaPaymentSession, amount: string | number, currency: string) {
  const code = currency.toUpperCase()
  return {
    id: session.id,
    providerId: session.provider_id,
    data: session.data ?? {},
    amount: decimalToMoney(amount, code),
  }
}
