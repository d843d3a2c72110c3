import type { ShipmentStatus } from '@weship/checkout-core'
import type { PlannedShipment } from '../shipments/plan-shipments.js'
import type { OrderMessageKind } from './message-jobs.js'

export const FEEDBACK_DELAY_MS = 7 * 24 * 3600_000

export interface Milestone {
  key: string
  kind: OrderMessageKind
  at: number
  /** The package (1-based) a shipping milestone is about. */
  shipmentIndex?: number
}

const shippingMilestones: readonly [OrderMessageKind, ShipmentStatus][] = [
  ['shipped', 'in_transit'],
  ['out_for_delivery', 'out_for_delivery'],
  ['delivered', 'delivered'],
]

/**
 * Every message an order will get, in time order. A milestone is the first scan of its status,
 * so repeated or returning scans (a second delivery attempt) never make a second message.
 */
export function orderMilestones(
  orderId: string,
  placedAt: number,
  plans: readonly PlannedShipment[],
): Milestone[] {
  const milestones: Milestone[] = [
    { key: `${orderId}:order_confirmation`, kind: 'order_confirmation', at: placedAt },
  ]
  const deliveries: number[] = []
  for (const plan of plans) {
    for (const [kind, status] of shippingMilestones) {
      const first = plan.scans.find((scan) => scan.status === status)
      if (!first) continue
      milestones.push({
        key: `${orderId}:${plan.index}:${kind}`,
        kind,
        at: first.at,
        shipmentIndex: plan.index,
      })
      if (kind === 'delivered') deliveries.push(first.at)
    }
  }
  // Asked once the whole order has arrived, and only if it all did.
  if (deliveries.length === plans.length && plans.length > 0) {
    const at = Math.max(...deliveries) + FEEDBACK_DELAY_MS
    milestones.push({ key: `${orderId}:feedback_request`, kind: 'feedback_request', at })
  }
  return milestones.sort((a, b) => a.at - b.at)
}
