import { batch } from '@preact/signals-core'
import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError, toCheckoutError } from '../errors.js'
import { vetPlaceOrderResult } from '../payment-pages.js'
import type { CartSession } from './cart-session.js'
import { attemptFor } from './checkout-attempt.js'
import type { CartWriter } from './checkout-cart.js'
import { createPaymentOutcomes } from './checkout-payment-outcomes.js'
import type { Runner } from './checkout-run.js'
import type { CheckoutState } from './checkout-state.js'
import { canEnterStep, firstIncompleteStep } from './checkout-steps.js'
import type { PaymentActionEnd, PaymentStatus } from './checkout-types.js'

export interface PaymentContext {
  adapter: CheckoutAdapter
  session: CartSession
  writer: CartWriter
  state: CheckoutState
  runner: Runner
  createIdempotencyKey: () => string
  /** Origins whose payment pages (a 3-D Secure challenge) the widget may frame. */
  frameSources(): readonly string[]
}

/** Placing the order: one request per press, one key per attempt, every outcome a state. */
export function createPaymentActions(context: PaymentContext) {
  const { adapter, writer, state, runner, createIdempotencyKey, frameSources } = context
  const { settle, failed, settleAttempt } = createPaymentOutcomes(context)
  let inFlight: Promise<PaymentStatus> | null = null

  // A second press while the first is on its way gets the first one's answer, not a second order.
  function once(work: () => Promise<PaymentStatus>): Promise<PaymentStatus> {
    inFlight ??= work().finally(() => {
      inFlight = null
    })
    return inFlight
  }

  /** Places the order; `paymentToken` comes from the payment provider and is never stored. */
  function placeOrder(paymentToken?: string): Promise<PaymentStatus> {
    return once(() => place(paymentToken))
  }

  async function place(paymentToken: string | undefined, freshKey = false): Promise<PaymentStatus> {
    const status = state.paymentStatus.peek()
    const blocked = status === 'placed' || status === 'action_required' || state.conflict.peek()
    // Totals on their way have not been seen by the shopper: never charge them unseen.
    if (blocked || writer.totalsStale.peek()) return status
    await writer.settled()
    const input = state.guardInput.peek()
    const { cart, selectedPaymentMethodId: methodId } = input
    if (!cart || !methodId || !canEnterStep('review', input)) {
      batch(() => {
        state.step.value = firstIncompleteStep(input)
        state.error.value = new CheckoutError('VALIDATION', 'Some details are still missing.', {
          reason: 'checkout_incomplete',
        })
      })
      return status
    }
    const previous = freshKey ? null : state.attempt.peek()
    const attempt = attemptFor(previous, cart, methodId, createIdempotencyKey)
    batch(() => {
      state.attempt.value = attempt
      state.paymentStatus.value = 'placing'
      state.paymentFailure.value = null
      state.error.value = null
    })
    const payment = paymentToken ? { methodId, token: paymentToken } : { methodId }
    try {
      const result = await runner.track('placeOrder', () =>
        adapter.placeOrder(
          cart.id,
          { cartVersion: cart.version, payment },
          { idempotencyKey: attempt.key },
        ),
      )
      return settle(vetPlaceOrderResult(result, frameSources()))
    } catch (cause) {
      const failure = toCheckoutError(cause)
      // The key's first request paid with another card (the shopper typed a new one after a
      // failure): this press is a new attempt. Its key is free, so this happens once at most.
      if (failure.reason === 'idempotency_key_reused' && !freshKey) return place(paymentToken, true)
      return failed(failure, () => placeOrder(paymentToken))
    }
  }

  /** Finishes the payment once the shopper has passed the 3-D Secure challenge. */
  function completePaymentAction(): Promise<PaymentStatus> {
    return once(async () => {
      const attempt = state.attempt.peek()
      const { action, actionKey } = attempt ?? {}
      const status = state.paymentStatus.peek()
      if (!attempt || !action || !actionKey || status !== 'action_required') return status
      batch(() => {
        state.paymentStatus.value = 'placing'
        state.error.value = null
      })
      try {
        const result = await runner.track('completePaymentAction', () =>
          adapter.completePaymentAction(attempt.cartId, action.id, { idempotencyKey: actionKey }),
        )
        return settle(vetPlaceOrderResult(result, frameSources()))
      } catch (cause) {
        return failed(toCheckoutError(cause), completePaymentAction)
      }
    })
  }

  /**
   * The shopper closed the challenge (or nothing here could run it): that attempt is over, nothing
   * was charged, the next one gets a new key, and `paymentFailure` says why, not "declined".
   */
  function cancelPaymentAction(reason: PaymentActionEnd = 'authentication_cancelled'): boolean {
    if (inFlight || state.paymentStatus.peek() !== 'action_required') return false
    const message =
      reason === 'authentication_cancelled'
        ? 'The shopper closed the bank’s check before answering it.'
        : 'No payment provider here can run this action.'
    batch(() => {
      settleAttempt()
      state.paymentStatus.value = 'idle'
      state.paymentFailure.value = new CheckoutError('CANCELLED', message, { reason })
    })
    return true
  }

  /** The shopper confirmed the new totals after a CONFLICT; the next press is a new attempt. */
  function acceptNewTotals(): boolean {
    const fresh = state.conflict.peek()
    if (!fresh) return false
    batch(() => {
      writer.adopt(fresh)
      settleAttempt()
      state.conflict.value = null
      state.error.value = null
      const input = state.guardInput.peek()
      if (!canEnterStep(state.step.peek(), input)) state.step.value = firstIncompleteStep(input)
    })
    return true
  }

  return { placeOrder, completePaymentAction, cancelPaymentAction, acceptNewTotals }
}
