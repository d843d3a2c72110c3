import type { PlaceOrderResult } from '@weship/checkout-core'
import { paymentDeclined, paymentTokenInvalid } from '../payments/payment-errors.js'
import { finalizeOrder, type Payer } from './finalize-order.js'
import type { OrderDeps } from './order-desk-types.js'
import { type PendingPayment, type PendingPayments, replay } from './pending-payments.js'

/** Payments through the demo's own processor: hosted-field tokens and its test bank. */
export function createTestBankPlacement(deps: OrderDeps, pending: PendingPayments) {
  const { payments } = deps

  async function pay(payer: Payer, cardToken: string): Promise<PlaceOrderResult> {
    const token = payments.tokens.consume(cardToken)
    if (!token) throw paymentTokenInvalid()
    const card = { brand: token.brand, last4: token.last4 }
    const behaviour = await payments.authorize(token)
    if (behaviour.outcome === 'decline') throw paymentDeclined(behaviour.reason)
    if (behaviour.outcome === 'approve') return finalizeOrder(deps, { ...payer, card })
    const opened = payments.challenges.open({
      amount: payer.amountDue,
      ...card,
      parentOrigin: token.parentOrigin,
    })
    pending.hold(opened.id, { ...payer, card })
    const url = `${payments.origin}/3ds/${encodeURIComponent(opened.id)}`
    return { status: 'action_required', action: { id: opened.id, type: 'three_d_secure', url } }
  }

  /** Finishes by the shopper's answer; the answer is final. */
  function complete(actionId: string, payment: PendingPayment): PlaceOrderResult {
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
    return replay(payment.settled)
  }

  return { pay, complete }
}
