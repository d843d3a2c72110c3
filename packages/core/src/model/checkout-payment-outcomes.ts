import { batch } from '@preact/signals-core'
import type { CheckoutError } from '../errors.js'
import type { Order, PlaceOrderResult } from '../schemas/order.js'
import type { PaymentContext } from './checkout-payment.js'
import { stepOwningFields } from './checkout-steps.js'
import type { PaymentStatus } from './checkout-types.js'
import { fieldErrorsFrom } from './checkout-validation.js'

/**
 * What each answer to a payment request does to the checkout: an order ends the flow, a
 * challenge waits for the shopper, a refusal settles the attempt, no answer keeps its key.
 */
export function createPaymentOutcomes(context: PaymentContext) {
  const { adapter, session, state, runner, createIdempotencyKey } = context

  function settle(result: PlaceOrderResult): PaymentStatus {
    if (result.status === 'completed') {
      completeOrder(result.order)
      return 'placed'
    }
    const attempt = state.attempt.peek()
    batch(() => {
      if (attempt) {
        state.attempt.value = {
          ...attempt,
          action: result.action,
          actionKey: createIdempotencyKey(),
        }
      }
      state.pendingAction.value = result.action
      state.paymentStatus.value = 'action_required'
    })
    return 'action_required'
  }

  async function failed(failure: CheckoutError, again: () => Promise<unknown>) {
    if (failure.code === 'CONFLICT') return conflicted(failure, again)
    // Definite answers too: the challenge is gone, or its page may not be shown (CONFIG), so
    // retrying the same attempt can never succeed.
    const actionGone = failure.reason === 'payment_action_not_found'
    const definite = ['PAYMENT_DECLINED', 'VALIDATION', 'CONFIG'].includes(failure.code)
    if (definite || actionGone) {
      batch(() => {
        settleAttempt()
        const declined = failure.code === 'PAYMENT_DECLINED'
        state.paymentStatus.value = declined ? 'declined' : 'idle'
        if (declined) state.paymentFailure.value = failure
        showRefusal(failure)
      })
      return state.paymentStatus.peek()
    }
    // No answer (network, timeout, 5xx): the order may exist, so the key stays for the retry.
    state.paymentStatus.value = unsettledStatus()
    runner.fail(failure, { again })
    return state.paymentStatus.peek()
  }

  /**
   * A CONFLICT is this same attempt still in flight (keep its key, offer the retry), a cart that
   * was already ordered (nothing to retry), or new totals to confirm.
   */
  async function conflicted(failure: CheckoutError, again: () => Promise<unknown>) {
    if (failure.reason === 'idempotency_key_in_flight') {
      state.paymentStatus.value = unsettledStatus()
      runner.fail(failure, { again })
      return state.paymentStatus.peek()
    }
    const attempt = state.attempt.peek()
    const alreadyOrdered = failure.reason === 'cart_already_ordered'
    const fresh =
      attempt && !alreadyOrdered ? await adapter.getCart(attempt.cartId).catch(() => null) : null
    batch(() => {
      settleAttempt()
      state.paymentStatus.value = 'idle'
      state.conflict.value = fresh
      if (fresh || alreadyOrdered) state.error.value = failure
      else runner.fail(failure, { again })
    })
    return 'idle'
  }

  /** Field refusals go to their fields and send the shopper to the step that owns them. */
  function showRefusal(failure: CheckoutError) {
    const onFields = fieldErrorsFrom(failure, {})
    if (!onFields) {
      state.error.value = failure
      return
    }
    state.fieldErrors.value = { ...state.fieldErrors.peek(), ...onFields }
    const owner = stepOwningFields(Object.keys(onFields))
    if (owner) state.step.value = owner
  }

  function unsettledStatus(): PaymentStatus {
    return state.attempt.peek()?.action ? 'action_required' : 'idle'
  }

  function settleAttempt() {
    state.attempt.value = null
    state.pendingAction.value = null
  }

  function completeOrder(order: Order) {
    // One change: the ordered cart is gone by the time anything sees the confirmation, so a cart
    // that shows up there later is the next one (checkout.ts gives way to it).
    batch(() => {
      session.forget()
      state.clearInputs()
      state.order.value = order
      state.step.value = 'confirmation'
      state.paymentStatus.value = 'placed'
    })
  }

  return { settle, failed, settleAttempt }
}
