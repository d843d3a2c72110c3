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
  /** Milestones not yet messaged. */
  left: number
}

interface QueuedMilestone {
  milestone: Milestone
  record: FollowedOrder
}

export interface OrderFollowUp {
  /** Starts the messages of a placed order; a replayed placement is ignored. */
  follow(order: Order, emailConsent: boolean): void
  /** Hands out every milestone message due by `now`, each exactly once, in time order. */
  takeDue(now: Date): OrderMessage[]
}

export function createOrderFollowUp(suppression: SuppressionList): OrderFollowUp {
  const followed = new Map<string, FollowedOrder>()
  // Latest first, so the next due milestone pops off the end: a flush after each order stays
  // O(due) instead of walking every order still in flight.
  const queue: QueuedMilestone[] = []

  function enqueue(entry: QueuedMilestone) {
    const at = entry.milestone.at
    let low = 0
    let high = queue.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((queue[middle]?.milestone.at ?? 0) > at) low = middle + 1
      else high = middle
    }
    queue.splice(low, 0, entry)
  }

  return {
    follow(order, emailConsent) {
      if (followed.has(order.id)) return
      const { statusToken, ...wire } = order
      const plans = planShipments(wire)
      const milestones = orderMilestones(order.id, Date.parse(order.createdAt), plans)
      const record = { order: wire, statusToken, emailConsent, plans, left: milestones.length }
      followed.set(order.id, record)
      for (const milestone of milestones) enqueue({ milestone, record })
    },
    takeDue(now) {
      const due: OrderMessage[] = []
      while ((queue.at(-1)?.milestone.at ?? Number.POSITIVE_INFINITY) <= now.getTime()) {
        const entry = queue.pop()
        if (!entry) break
        const { record, milestone } = entry
        record.left -= 1
        if (record.left === 0) followed.delete(record.order.id)
        const message = messageFor(record, milestone, suppression)
        if (message) due.push(message)
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
