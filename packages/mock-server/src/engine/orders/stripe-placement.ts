import { isCheckoutError, type PlaceOrderResult } from '@weship/checkout-core'
import type Stripe from 'stripe'
import {
  assertIntentMatches,
  assertIntentPays,
  cardOf,
  declineOf,
  stripeRefusal,
} from '../payments/stripe/stripe-outcomes.js'
import type { StripeProcessor } from '../payments/stripe/stripe-processor.js'
import { finalizeOrder, type Payer } from './finalize-order.js'
import type { OrderDeps } from './order-desk-types.js'
import { type PendingPayment, type PendingPayments, replay } from './pending-payments.js'

/**
 * Payments through Stripe (https://docs.stripe.com/payments/finalize-payments-on-the-server):
 * the shopper's ConfirmationToken confirms a PaymentIntent for the cart's amount due; 3-D
 * Secure is Stripe.js's `handleNextAction`, after which the PaymentIntent is read back. An order
 * is recorded only for a PaymentIntent of this cart, amount and currency that succeeded.
 */
export function createStripePlacement(
  deps: OrderDeps,
  stripe: StripeProcessor,
  pending: PendingPayments,
) {
  async function pay(payer: Payer, token: string, idempotencyKey: string) {
    const intent = await ask(() =>
      stripe.confirm({
        amount: payer.amountDue,
        cartId: payer.cartId,
        cartVersion: payer.cartVersion,
        confirmationToken: token,
        idempotencyKey,
      }),
    )
    return outcome(payer, intent)
  }

  /** After the shopper's action: Stripe says how it went. A final answer is kept. */
  function complete(payment: PendingPayment): Promise<PlaceOrderResult> {
    if (payment.settled) return Promise.resolve(replay(payment.settled))
    payment.settling ??= ask(() => stripe.retrieve(payment.paymentIntent ?? ''))
      .then((intent) => outcome(payment, intent))
      .then(
        (result) => {
          if (result.status === 'completed') payment.settled = { ok: true, result }
          return result
        },
        (error: unknown) => {
          if (isCheckoutError(error) && error.code === 'PAYMENT_DECLINED') {
            payment.settled = { ok: false, error }
          }
          throw error
        },
      )
      .finally(() => {
        payment.settling = undefined
      })
    return payment.settling.then((result) => structuredClone(result))
  }

  async function outcome(payer: Payer, intent: Stripe.PaymentIntent): Promise<PlaceOrderResult> {
    assertIntentMatches(intent, { amount: payer.amountDue, cartId: payer.cartId })
    switch (intent.status) {
      case 'succeeded':
        return recordOrder(payer, intent)
      case 'requires_action': {
        pending.hold(intent.id, { ...payer, paymentIntent: intent.id })
        const secret = intent.client_secret ?? undefined
        const action = { id: intent.id, type: 'stripe_next_action' as const }
        return {
          status: 'action_required',
          action: secret ? { ...action, clientSecret: secret } : action,
        }
      }
      case 'requires_payment_method':
        throw declineOf(intent)
      default:
        throw stripeRefusal(new Error(`The PaymentIntent is ${intent.status}.`))
    }
  }

  /** The order for a paid PaymentIntent; if the order cannot be written, the money goes back. */
  async function recordOrder(payer: Payer, intent: Stripe.PaymentIntent) {
    assertIntentPays(intent, { amount: payer.amountDue, cartId: payer.cartId })
    try {
      return finalizeOrder(deps, { ...payer, card: cardOf(intent), paymentIntent: intent.id })
    } catch (error) {
      // Stock gone, the cart ordered from another tab, a gift card spent meanwhile: no order,
      // so no charge either.
      await stripe.refund(intent.id).catch((cause: unknown) => {
        console.error(
          `Stripe PaymentIntent ${intent.id} was paid without an order, and its refund failed:`,
          cause,
        )
      })
      throw error
    }
  }

  return { pay, complete }
}

async function ask<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw stripeRefusal(error)
  }
}
