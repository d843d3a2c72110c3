import type { Order } from '@weship/checkout-core'
import { type PlannedShipment, planShipments } from '../shipments/plan-shipments.js'
import { trackShipment } from '../shipments/track-shipment.js'
import { marketingOrderMessages, type OrderIncentive, type OrderMessage } from './message-jobs.js'
import { type Milestone, type MilestoneSettings, orderMilestones } from './order-milestones.js'

interface FollowedOrder {
  order: Order
  statusToken: string | undefined
  emailConsent: boolean
  plans: PlannedShipment[]
  /** Milestones not yet messaged. */
  left: number
  /** Keys of the milestones handed out, for a snapshot. */
  sent: string[]
}

/** An order still expecting messages, as a snapshot keeps it. */
export interface StoredFollowUp {
  orderId: string
  emailConsent: boolean
  sent: string[]
}

interface QueuedMilestone {
  milestone: Milestone
  record: FollowedOrder
}

export interface OrderFollowUp {
  /** Starts the messages of a placed order; a replayed placement is ignored. */
  follow(order: Order, emailConsent: boolean, alreadySent?: readonly string[]): void
  /** Hands out every milestone message due by `now`, each exactly once, in time order. */
  takeDue(now: Date): OrderMessage[]
  exportState(): StoredFollowUp[]
}

export interface FollowUpDeps {
  settings: MilestoneSettings
  /**
   * The one rule for marketing mail to an address: the shopper agreed (`consented`) and has not
   * unsubscribed since. Asked when a message falls due, not when the order was placed.
   */
  mayMarket(email: string, consented: boolean): boolean
  unsubscribeToken(email: string): string
  /** A fresh "Buy again" token for the order. */
  reorderToken(orderId: string, now: Date): string
  /** The invitation's code for the shopper, when the shop sets one. */
  incentive(email: string, now: Date): OrderIncentive | undefined
}

export function createOrderFollowUp(deps: FollowUpDeps): OrderFollowUp {
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
    follow(order, emailConsent, alreadySent = []) {
      if (followed.has(order.id)) return
      const { statusToken, ...wire } = order
      const plans = planShipments(wire)
      const placedAt = Date.parse(order.createdAt)
      const milestones = orderMilestones(order.id, placedAt, plans, deps.settings).filter(
        (milestone) => !alreadySent.includes(milestone.key),
      )
      if (milestones.length === 0) return
      const sent = [...alreadySent]
      const record = {
        order: wire,
        statusToken,
        emailConsent,
        plans,
        left: milestones.length,
        sent,
      }
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
        record.sent.push(milestone.key)
        if (record.left === 0) followed.delete(record.order.id)
        const message = messageFor(record, milestone, deps, now)
        if (message) due.push(message)
      }
      return due
    },
    exportState: () =>
      [...followed.values()].map(({ order, emailConsent, sent }) => ({
        orderId: order.id,
        emailConsent,
        sent: [...sent],
      })),
  }
}

function messageFor(
  record: FollowedOrder,
  milestone: Milestone,
  deps: FollowUpDeps,
  now: Date,
): OrderMessage | undefined {
  const { order } = record
  const marketing = marketingOrderMessages.has(milestone.kind)
  if (marketing && !deps.mayMarket(order.email, record.emailConsent)) return
  const plan = record.plans.find((candidate) => candidate.index === milestone.shipmentIndex)
  const buyAgain = milestone.completesOrder || milestone.kind === 'invitation'
  // Links and codes count their days from the sending, even after a jump of the clock.
  const incentive = milestone.kind === 'invitation' ? deps.incentive(order.email, now) : undefined
  return {
    key: milestone.key,
    kind: milestone.kind,
    to: order.email,
    locale: order.locale,
    marketing,
    ...(marketing ? { unsubscribeToken: deps.unsubscribeToken(order.email) } : {}),
    order,
    statusToken: record.statusToken,
    // As the carrier reported it at the milestone, even when the clock jumped past it.
    ...(plan ? { shipment: trackShipment(plan, new Date(milestone.at)) } : {}),
    ...(milestone.completesOrder ? { completesOrder: true } : {}),
    ...(buyAgain ? { reorderToken: deps.reorderToken(order.id, now) } : {}),
    ...(incentive ? { incentive } : {}),
  }
}
