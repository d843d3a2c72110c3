import {
  type Cart,
  CheckoutError,
  type Feedback,
  type Order,
  type Tracking,
} from '@weship/checkout-core'
import { cartNotFound } from '../engine-errors.js'
import { planShipments } from '../shipments/plan-shipments.js'
import { trackShipment } from '../shipments/track-shipment.js'
import { createCartReminders, type ReminderDeps, type ReminderSettings } from './cart-reminders.js'
import { createFeedbackBook } from './feedback-book.js'
import type { DueMessage } from './message-jobs.js'
import { createOrderFollowUp } from './order-follow-up.js'
import type { PostPurchaseState } from './post-purchase-state.js'
import { createSuppressionList } from './suppression-list.js'

export interface PostPurchaseDeps extends Omit<ReminderDeps, 'suppression'> {
  now: () => Date
  /** The order for the holder of its status token; refuses with 404 otherwise. */
  readOrder(orderId: string, statusToken: string | undefined): Order
  /** Orders read back from a snapshot, without their tokens. */
  storedOrder(orderId: string): Order | undefined
}

/** After "Place order": tracking, feedback, messages and abandoned-cart recovery. */
export interface PostPurchaseOperations {
  getTracking(orderId: string, statusToken: string | undefined): Tracking
  submitFeedback(orderId: string, statusToken: string | undefined, request: unknown): Feedback
  recoverCart(token: string): Cart
  /** Stops marketing mail to the token's address at once; 404 for an unknown token. */
  unsubscribe(token: string): void
  /** Whether the token is an unsubscribe link we sent, without acting on it. */
  isUnsubscribeLink(token: string): boolean
  /** Every message due by the engine's clock, each handed out exactly once. */
  takeDueMessages(): DueMessage[]
}

export interface PostPurchase {
  operations: PostPurchaseOperations
  /** Called with each completed order (replays too: they are ignored). */
  orderPlaced(order: Order, emailConsent: boolean): void
  exportState(): PostPurchaseState
}

export function createPostPurchase(
  deps: PostPurchaseDeps,
  settings?: ReminderSettings,
  state?: PostPurchaseState,
) {
  const suppression = createSuppressionList(state)
  const followUp = createOrderFollowUp(suppression)
  // Messages resume after a restart, with status links that ask for the e-mail (no raw token).
  for (const { orderId, emailConsent, sent } of state?.followUps ?? []) {
    const order = deps.storedOrder(orderId)
    if (order) followUp.follow(order, emailConsent, sent)
  }
  const feedback = createFeedbackBook(state?.feedback)
  const reminders = createCartReminders({ ...deps, suppression }, settings, {
    ...(state?.incentives ? { incentives: state.incentives } : {}),
    ...(state?.reminders ? { reminders: state.reminders } : {}),
  })

  const postPurchase: PostPurchase = {
    orderPlaced: followUp.follow,
    exportState: () => ({
      ...suppression.exportState(),
      feedback: feedback.exportState(),
      followUps: followUp.exportState(),
      incentives: reminders.exportIncentives(),
      reminders: reminders.exportReminders(),
    }),
    operations: {
      getTracking(orderId, statusToken) {
        const order = deps.readOrder(orderId, statusToken)
        const now = deps.now()
        return {
          orderId: order.id,
          shipments: planShipments(order).map((plan) => trackShipment(plan, now)),
        }
      },
      submitFeedback(orderId, statusToken, request) {
        deps.readOrder(orderId, statusToken)
        return feedback.submit(orderId, request, deps.now())
      },
      recoverCart(token) {
        const cart = reminders.recover(token)
        if (!cart) throw cartNotFound()
        return cart
      },
      isUnsubscribeLink: (token) => suppression.knows(token),
      unsubscribe(token) {
        if (!suppression.unsubscribe(token)) throw unsubscribeNotFound()
      },
      takeDueMessages() {
        const now = deps.now()
        return [...followUp.takeDue(now), ...reminders.takeDue(now)]
      },
    },
  }
  return postPurchase
}

export function unsubscribeNotFound(): CheckoutError {
  return new CheckoutError('ADAPTER', 'This unsubscribe link is not known.', {
    status: 404,
    reason: 'unsubscribe_not_found',
  })
}
