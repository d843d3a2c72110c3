import type { ShipmentStatus } from '@weship/checkout-core'
import type { PlannedShipment } from '../shipments/plan-shipments.js'
import type { OrderMessageKind } from './message-jobs.js'

const DAY_MS = 24 * 3600_000
export const FEEDBACK_DELAY_MS = 7 * DAY_MS
/** The invitation to buy again, after the last package arrived, unless the shop sets another. */
export const DEFAULT_INVITATION_DELAY_MS = 14 * DAY_MS

export interface Milestone {
  key: string
  kind: OrderMessageKind
  at: number
  /** The package (1-based) a shipping milestone is about. */
  shipmentIndex?: number
  /** A delivery that brings the last of the order's packages. */
  completesOrder?: boolean
}

export interface MilestoneSettings {
  /** After the last delivery; null sends no invitation. */
  invitationDelayMs: number | null
}

const shippingMilestones: readonly [OrderMessageKind, ShipmentStatus][] = [
  ['shipped', 'in_transit'],
  ['out_for_delivery', 'out_for_delivery'],
  ['ready_for_pickup', 'available_for_pickup'],
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
  settings: MilestoneSettings,
): Milestone[] {
  const milestones: Milestone[] = [
    { key: `${orderId}:order_confirmation`, kind: 'order_confirmation', at: placedAt },
  ]
  const deliveries: Milestone[] = []
  for (const plan of plans) {
    for (const [kind, status] of shippingMilestones) {
      const first = plan.scans.find((scan) => scan.status === status)
      if (!first) continue
      const milestone = {
        key: `${orderId}:${plan.index}:${kind}`,
        kind,
        at: first.at,
        shipmentIndex: plan.index,
      }
      milestones.push(milestone)
      if (kind === 'delivered') deliveries.push(milestone)
    }
  }
  // Asked once the whole order has arrived, and only if it all did.
  if (deliveries.length === plans.length && plans.length > 0) {
    const last = deliveries.reduce((latest, next) => (next.at > latest.at ? next : latest))
    last.completesOrder = true
    const feedbackAt = last.at + FEEDBACK_DELAY_MS
    milestones.push({
      key: `${orderId}:feedback_request`,
      kind: 'feedback_request',
      at: feedbackAt,
    })
    if (settings.invitationDelayMs !== null) {
      const at = last.at + settings.invitationDelayMs
      milestones.push({ key: `${orderId}:invitation`, kind: 'invitation', at })
    }
  }
  return milestones.sort((a, b) => a.at - b.at)
}
