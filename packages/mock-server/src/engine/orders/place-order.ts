import {
  isCheckoutError,
  type PlaceOrderRequest,
  type PlaceOrderResult,
  placeOrderRequestSchema,
} from '@weship/checkout-core'
import { createIdempotencyStore } from '../idempotency/idempotency-store.js'
import { parseInput } from '../parse-input.js'
import {
  paymentActionNotFound,
  paymentMethodUnavailable,
  paymentTokenRequired,
} from '../payments/payment-errors.js'
import { GIFT_CARD_METHOD_ID, paymentMethodsFor } from '../payments/payment-methods.js'
import { STRIPE_METHOD_ID } from '../payments/stripe/stripe-processor.js'
import { createRateLimiter } from '../rate-limit.js'
import { countAttempt } from '../too-many-attempts.js'
import { finalizeOrder, type Payer } from './finalize-order.js'
import type { OrderDeps, PlaceOrderContext } from './order-desk-types.js'
import { cartAlreadyOrdered } from './order-errors.js'
import { assertReadyToOrder } from './order-readiness.js'
import { createPendingPayments } from './pending-payments.js'
import { createStripePlacement } from './stripe-placement.js'
import { createTestBankPlacement } from './test-bank-placement.js'

export interface OrderPlacementOptions {
  /** How long idempotency keys are remembered (24 h by default). */
  idempotencyTtlMs?: number | undefined
}

// Generous for a shopper fixing a typo, useless for testing stolen cards.
const PER_CART = { limit: 10, windowMs: 15 * 60_000 }
const PER_CLIENT = { limit: 30, windowMs: 15 * 60_000 }

/** A processor's answer is kept for replays; a refusal before any payment is not. */
const isPaymentAnswer = (error: unknown) =>
  isCheckoutError(error) && error.code === 'PAYMENT_DECLINED'

export function createOrderPlacement(deps: OrderDeps, options: OrderPlacementOptions = {}) {
  /**
   * What makes two requests one attempt, parsed so key order or unknown fields do not matter:
   * the cart, its version, the payment method and, for a card, the card. The card is known by
   * its token (a retry on the page resends it, used up and maybe expired by now) or by its card
   * number's fingerprint (after a reload the shopper types the card again: a new single-use token
   * for the same card is the same attempt). A token of another card is another body: 422.
   */
  async function attemptFingerprints(cartId: string, request: PlaceOrderRequest) {
    const { cartVersion, payment } = request
    const attempt = [cartId, cartVersion, payment.methodId]
    if (payment.token === undefined) return [JSON.stringify(attempt)]
    // A Stripe ConfirmationToken's card is known by the fingerprint Stripe gives its preview.
    const stripeCards = payment.methodId === STRIPE_METHOD_ID ? deps.payments.stripe : undefined
    const card = stripeCards
      ? await stripeCards.cardOf(payment.token)
      : deps.payments.tokens.cardOf(payment.token)
    return [
      JSON.stringify([...attempt, 'token', payment.token]),
      ...(card ? [JSON.stringify([...attempt, 'card', card])] : []),
    ]
  }

  const { now, payments, store } = deps
  const stores = { now, ttlMs: options.idempotencyTtlMs, keepsError: isPaymentAnswer }
  const placements = createIdempotencyStore<PlaceOrderResult>(stores)
  const completions = createIdempotencyStore<PlaceOrderResult>(stores)
  const perCart = createRateLimiter({ ...PER_CART, now })
  const perClient = createRateLimiter({ ...PER_CLIENT, now })
  const pending = createPendingPayments(now)
  const testBank = createTestBankPlacement(deps, pending)
  const stripe = payments.stripe && createStripePlacement(deps, payments.stripe, pending)

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
    const methods = paymentMethodsFor(cart, payments)
    if (!methods.some((method) => method.id === payment.methodId)) {
      throw paymentMethodUnavailable(payment.methodId)
    }
    if (payment.methodId === GIFT_CARD_METHOD_ID) return finalizeOrder(deps, payer)
    if (!payment.token) throw paymentTokenRequired()
    if (stripe && payment.methodId === STRIPE_METHOD_ID) {
      return stripe.pay(payer, payment.token, context.idempotencyKey)
    }
    return testBank.pay(payer, payment.token)
  }

  return {
    /** Places the order or asks for 3-D Secure; at most once per idempotency key. */
    async placeOrder(
      cartId: string,
      request: unknown,
      context: PlaceOrderContext,
    ): Promise<PlaceOrderResult> {
      const parsed = parseInput(placeOrderRequestSchema, request)
      const fingerprints = await attemptFingerprints(cartId, parsed)
      return placements.run(context.idempotencyKey, fingerprints, () =>
        pay(cartId, parsed, context),
      )
    },
    /** Finishes a payment after its action (3-D Secure); the outcome is final. */
    async completePaymentAction(
      cartId: string,
      actionId: string,
      context: PlaceOrderContext,
    ): Promise<PlaceOrderResult> {
      const payment = pending.get(actionId)
      if (!payment || payment.cartId !== cartId) throw paymentActionNotFound()
      const fingerprint = JSON.stringify([cartId, actionId])
      return completions.run(context.idempotencyKey, fingerprint, async () =>
        stripe && payment.paymentIntent
          ? stripe.complete(payment)
          : testBank.complete(actionId, payment),
      )
    },
  }
}
