import {
  isCheckoutError,
  type MoneyWire,
  type PlaceOrderRequest,
  type PlaceOrderResult,
  placeOrderRequestSchema,
} from '@weship/checkout-core'
import { createIdempotencyStore } from '../idempotency/idempotency-store.js'
import { parseInput } from '../parse-input.js'
import {
  paymentActionNotFound,
  paymentDeclined,
  paymentMethodUnavailable,
  paymentTokenInvalid,
  paymentTokenRequired,
} from '../payments/payment-errors.js'
import { GIFT_CARD_METHOD_ID, paymentMethodsFor } from '../payments/payment-methods.js'
import { createRateLimiter } from '../rate-limit.js'
import { countAttempt } from '../too-many-attempts.js'
import type { CardUsed } from './build-order.js'
import { finalizeOrder, type Payer } from './finalize-order.js'
import type { OrderDeps, PlaceOrderContext } from './order-desk-types.js'
import { cartAlreadyOrdered } from './order-errors.js'
import { assertReadyToOrder } from './order-readiness.js'

export interface OrderPlacementOptions {
  /** How long idempotency keys are remembered (24 h by default). */
  idempotencyTtlMs?: number | undefined
}

type Settled = { ok: true; result: PlaceOrderResult } | { ok: false; error: unknown }
type PendingPayment = Payer & { openedAt: number; settled?: Settled }

// Generous for a shopper fixing a typo, useless for testing stolen cards.
const PER_CART = { limit: 10, windowMs: 15 * 60_000 }
const PER_CLIENT = { limit: 30, windowMs: 15 * 60_000 }
const PENDING_KEEP_MS = 24 * 3600_000

/** A processor's answer is kept for replays; a refusal before any payment is not. */
const isPaymentAnswer = (error: unknown) =>
  isCheckoutError(error) && error.code === 'PAYMENT_DECLINED'

export function createOrderPlacement(deps: OrderDeps, options: OrderPlacementOptions = {}) {
  const { now, payments, store } = deps
  const stores = { now, ttlMs: options.idempotencyTtlMs, keepsError: isPaymentAnswer }
  const placements = createIdempotencyStore<PlaceOrderResult>(stores)
  const completions = createIdempotencyStore<PlaceOrderResult>(stores)
  const perCart = createRateLimiter({ ...PER_CART, now })
  const perClient = createRateLimiter({ ...PER_CLIENT, now })
  const pending = new Map<string, PendingPayment>()

  async function pay(cartId: string, request: PlaceOrderRequest, context: PlaceOrderContext) {
    const { cartVersion, payment } = request
    countAttempt([
      [perCart, cartId],
      [perClient, context.client ?? 'local'],
    ])
    if (store.forCart(cartId)) throw cartAlreadyOrdered()
    // A code that lapsed since the shopper saw the totals changes them: 409 before any payment.
    deps.carts.checkCodesForOrder(cartId)
    const cart = deps.carts.view(cartId)
    assertReadyToOrder(cart, cartVersion, deps.catalog)
    const payer: Payer = {
      cartId,
      cartVersion,
      amountDue: cart.amountDue,
      customerId: deps.customers.customerIdFor(context.sessionToken),
    }
    const methods = paymentMethodsFor(cart, payments.origin)
    if (!methods.some((method) => method.id === payment.methodId)) {
      throw paymentMethodUnavailable(payment.methodId)
    }
    if (payment.methodId === GIFT_CARD_METHOD_ID) return finalizeOrder(deps, payer)
    if (!payment.token) throw paymentTokenRequired()
    const token = payments.tokens.consume(payment.token)
    if (!token) throw paymentTokenInvalid()
    const card = { brand: token.brand, last4: token.last4 }
    const behaviour = await payments.authorize(token)
    if (behaviour.outcome === 'decline') throw paymentDeclined(behaviour.reason)
    if (behaviour.outcome === 'approve') return finalizeOrder(deps, { ...payer, card })
    return challenge({ ...payer, card }, card, cart.amountDue, token.parentOrigin)
  }

  function challenge(
    payer: Payer,
    card: CardUsed,
    amount: MoneyWire,
    parentOrigin: string | undefined,
  ): PlaceOrderResult {
    for (const [id, old] of pending) {
      if (old.openedAt + PENDING_KEEP_MS > now().getTime()) break
      pending.delete(id)
    }
    const opened = payments.challenges.open({ amount, ...card, parentOrigin })
    pending.set(opened.id, { ...payer, openedAt: now().getTime() })
    const url = `${payments.origin}/3ds/${encodeURIComponent(opened.id)}`
    return { status: 'action_required', action: { id: opened.id, type: 'three_d_secure', url } }
  }

  function settle(actionId: string, payment: PendingPayment): PlaceOrderResult {
    if (!payment.settled) {
      try {
        if (payments.challenges.get(actionId)?.status !== 'passed') {
          // An unanswered challenge at this point was abandoned: it can no longer pass.
          payments.challenges.answer(actionId, 'fail')
          throw paymentDeclined('authentication_failed')
        }
        payment.settled = { ok: true, result: finalizeOrder(deps, payment) }
      } catch (error) {
        payment.settled = { ok: false, error }
      }
    }
    if (!payment.settled.ok) throw payment.settled.error
    return structuredClone(payment.settled.result)
  }

  return {
    /** Places the order or asks for 3-D Secure; at most once per idempotency key. */
    async placeOrder(
      cartId: string,
      request: unknown,
      context: PlaceOrderContext,
    ): Promise<PlaceOrderResult> {
      const parsed = parseInput(placeOrderRequestSchema, request)
      // What the shopper agreed to, parsed so key order or unknown fields do not matter. The card
      // token is left out: tokens are single-use, so a retry after a reload carries a new one for
      // the same attempt, and must get the attempt's stored answer rather than a second charge.
      const fingerprint = JSON.stringify([cartId, parsed.cartVersion, parsed.payment.methodId])
      return placements.run(context.idempotencyKey, fingerprint, () => pay(cartId, parsed, context))
    },
    /** Finishes a 3-D Secure payment by the shopper's answer; the answer is final. */
    async completePaymentAction(
      cartId: string,
      actionId: string,
      context: PlaceOrderContext,
    ): Promise<PlaceOrderResult> {
      const payment = pending.get(actionId)
      if (!payment || payment.cartId !== cartId) throw paymentActionNotFound()
      const fingerprint = JSON.stringify([cartId, actionId])
      return completions.run(context.idempotencyKey, fingerprint, async () =>
        settle(actionId, payment),
      )
    },
  }
}
