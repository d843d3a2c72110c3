import type { PlaceOrderResult } from '@weship/checkout-core'
import type { Payer } from './finalize-order.js'

export type Settled = { ok: true; result: PlaceOrderResult } | { ok: false; error: unknown }

/** A payment waiting for the shopper's action (3-D Secure), by the action's id. */
export type PendingPayment = Payer & {
  openedAt: number
  /** In Stripe mode: the PaymentIntent that asked for the action (its id is the action's). */
  paymentIntent?: string
  /** The action's final outcome, once known: one per action, whichever key asks. */
  settled?: Settled
  /** The completion on its way, so two at once read Stripe and write the order once. */
  settling?: Promise<PlaceOrderResult>
}

const KEEP_MS = 24 * 3600_000

export function createPendingPayments(now: () => Date) {
  const pending = new Map<string, PendingPayment>()
  return {
    /** Keeps a payment until its action is answered; one already waiting stays as it is. */
    hold(actionId: string, payer: Payer & { paymentIntent?: string }) {
      if (pending.has(actionId)) return
      for (const [id, old] of pending) {
        if (old.openedAt + KEEP_MS > now().getTime()) break
        pending.delete(id)
      }
      pending.set(actionId, { ...payer, openedAt: now().getTime() })
    },
    get: (actionId: string) => pending.get(actionId),
  }
}

export type PendingPayments = ReturnType<typeof createPendingPayments>

/** The stored outcome again: a copy of the order, or the same refusal. */
export function replay(settled: Settled): PlaceOrderResult {
  if (!settled.ok) throw settled.error
  return structuredClone(settled.result)
}
