import type { Order } from '@weship/checkout-core'
import { type PlannedShipment, planShipments } from '../shipments/plan-shipments.js'
import { trackShipment } from '../shipments/track-shipment.js'
import type { OrderMessage } from './message-jobs.js'
import { type Milestone, orderMilestones } from './order-milestones.js'
import type { SuppressionList } from './suppression-list.js'

interface FollowedOrder {
  order: Order
  statusToken: string | undefined
  emailConsent: boolean
  plans: PlannedShipment[]
  /** Milestones not yet messaged, soonest first. */
  pending: Milestone[]
}

export interface OrderFollowUp {
  /** Starts the messages of a placed order; a replayed placement is ignored. */
  follow(order: Order, emailConsent: boolean): void
  /** Hands out every milestone message due by `now`, each exactly once. */
  takeDue(now: Date): OrderMessage[]
}

export function createOrderFollowUp(suppression: SuppressionList): OrderFollowUp {
  const followed = new Map<string, FollowedOrder>()
  return {
    follow(order, emailConsent) {
      if (followed.has(order.id)) return
      const { statusToken, ...wire } = order
      const plans = planShipments(wire)
      const pending = orderMilestones(order.id, Date.parse(order.createdAt), plans)
      followed.set(order.id, { order: wire, statusToken, emailConsent, plans, pending })
    },
    takeDue(now) {
      const due: OrderMessage[] = []
      for (const [orderId, record] of followed) {
        while (record.pending[0] && record.pending[0].at <= now.getTime()) {
          const milestone = record.pending.shift()
          const message = milestone && messageFor(record, milestone, suppression)
          if (message) due.push(message)
        }
        if (record.pending.length === 0) followed.delete(orderId)
      }
      return due
    },
  }
}

function messageFor(
  record: FollowedOrder,
  milestone: Milestone,
  suppression: SuppressionList,
): OrderMessage | undefined {
  const { order } = record
  const marketing = milestone.kind === 'feedback_request'
  // Checked when due, not when ordered: an unsubscribe in between is honoured.
  if (marketing && (!record.emailConsent || suppression.isSuppressed(order.email))) return
  const plan = record.plans.find((candidate) => candidate.index === milestone.shipmentIndex)
  return {
    key: milestone.key,
    kind: milestone.kind,
    to: order.email,
    locale: order.locale,
    marketing,
    ...(marketing ? { unsubscribeToken: suppression.tokenFor(order.email) } : {}),
    order,
    statusToken: record.statusToken,
    // As the carrier reported it at the milestone, even when the clock jumped past it.
    ...(plan ? { shipment: trackShipment(plan, new Date(milestone.at)) } : {}),
  }
}
