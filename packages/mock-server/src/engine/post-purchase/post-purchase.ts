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
}

/** After "Place order": tracking, feedback, messages and abandoned-cart recovery. */
export interface PostPurchaseOperations {
  getTracking(orderId: string, statusToken: string | undefined): Tracking
  submitFeedback(orderId: string, statusToken: string | undefined, request: unknown): Feedback
  recoverCart(token: string): Cart
  /** Stops marketing mail to the token's address at once; 404 for an unknown token. */
  unsubscribe(token: string): void
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
  const feedback = createFeedbackBook(state?.feedback)
  const reminders = createCartReminders({ ...deps, suppression }, settings, state?.incentives)

  const postPurchase: PostPurchase = {
    orderPlaced: followUp.follow,
    exportState: () => ({
      ...suppression.exportState(),
      feedback: feedback.exportState(),
      incentives: reminders.exportIncentives(),
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
      unsubscribe(token) {
        if (suppression.unsubscribe(token)) return
        throw new CheckoutError('ADAPTER', 'This unsubscribe link is not known.', {
          status: 404,
          reason: 'unsubscribe_not_found',
        })
      },
      takeDueMessages() {
        const now = deps.now()
        return [...followUp.takeDue(now), ...reminders.takeDue(now)]
      },
    },
  }
  return postPurchase
}
