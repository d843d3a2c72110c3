import {
  type Cart,
  CheckoutError,
  type Feedback,
  type Order,
  type Reorder,
  type ReorderLink,
  type Tracking,
} from '@weship/checkout-core'
import { cartNotFound } from '../engine-errors.js'
import { planShipments } from '../shipments/plan-shipments.js'
import { trackShipment } from '../shipments/track-shipment.js'
import { createCartReminders, type ReminderDeps, type ReminderSettings } from './cart-reminders.js'
import { createFeedbackBook } from './feedback-book.js'
import { createInvitationCodes, type InvitationSettings } from './invitation-codes.js'
import { createMarketingConsent } from './marketing-consent.js'
import type { DueMessage } from './message-jobs.js'
import { createOrderFollowUp } from './order-follow-up.js'
import { DEFAULT_INVITATION_DELAY_MS } from './order-milestones.js'
import type { PostPurchaseState } from './post-purchase-state.js'
import { type ReorderDeps, reorderItems, reorderNotFound } from './reorder.js'
import { createReorderLinks } from './reorder-links.js'
import { createSuppressionList } from './suppression-list.js'

export interface PostPurchaseDeps
  extends Omit<ReminderDeps, 'suppression' | 'mayMarket'>,
    ReorderDeps {
  now: () => Date
  /** The order for the holder of its status token; refuses with 404 otherwise. */
  readOrder(orderId: string, statusToken: string | undefined): Order
  /** An order by id alone, for the engine's own use (never answered to a client as is). */
  orderById(orderId: string): Order | undefined
  /** The e-mail addresses of the orders read back from a snapshot. */
  customerEmails(): Iterable<string>
}

export interface PostPurchaseSettings {
  reminders?: ReminderSettings | undefined
  invitations?: InvitationSettings | undefined
  /** How long a "Buy again" link works; 90 days by default. */
  reorderLinkTtlMs?: number | undefined
}

/** After "Place order": tracking, feedback, messages, buying again and abandoned-cart recovery. */
export interface PostPurchaseOperations {
  getTracking(orderId: string, statusToken: string | undefined): Tracking
  submitFeedback(orderId: string, statusToken: string | undefined, request: unknown): Feedback
  recoverCart(token: string): Cart
  /** A new "Buy again" token for the holder of the order's status token. */
  createReorderLink(orderId: string, statusToken: string | undefined): ReorderLink
  /** A new cart with the items of the order behind a "Buy again" token; 404 otherwise. */
  reorder(token: string): Reorder
  /** Stops marketing mail to the token's address at once; 404 for an unknown token. */
  unsubscribe(token: string): void
  /** Whether the token is an unsubscribe link we sent, without acting on it. */
  isUnsubscribeLink(token: string): boolean
  /** Double opt-in: confirms the address of a live confirmation link; 404 otherwise. */
  confirmMarketing(token: string): void
  /** Whether the token is a confirmation link that still works, without using it. */
  isMarketingConfirmationLink(token: string): boolean
  /** Every message due by the engine's clock, each handed out exactly once. */
  takeDueMessages(): DueMessage[]
}

export interface PostPurchase {
  operations: PostPurchaseOperations
  /** Called with each completed order (replays too: they are ignored). */
  orderPlaced(order: Order, emailConsent: boolean): void
  /** The shopper ticked the marketing box for `email`: asks the address to confirm. */
  consentGiven(email: string, locale: string | undefined, client?: string): void
  exportState(): PostPurchaseState
}

const DAY_MS = 24 * 3600_000

export function createPostPurchase(
  deps: PostPurchaseDeps,
  settings: PostPurchaseSettings = {},
  state?: PostPurchaseState,
) {
  const suppression = createSuppressionList(state)
  const consent = createMarketingConsent(state, deps.customerEmails())
  const reorderLinks = createReorderLinks(
    settings.reorderLinkTtlMs ?? 90 * DAY_MS,
    state?.reorderLinks,
  )
  const invitations = settings.invitations ?? {}
  const codes = createInvitationCodes(invitations, deps.issuePromotion, state?.invitationCodes)
  const followUp = createOrderFollowUp({
    settings: {
      invitationDelayMs:
        invitations.afterMs === undefined ? DEFAULT_INVITATION_DELAY_MS : invitations.afterMs,
    },
    // The one "may we send marketing to this address" rule, for every order's marketing mail.
    mayMarket: (email, consented) => consented && !suppression.isSuppressed(email),
    unsubscribeToken: suppression.tokenFor,
    reorderToken: (orderId, now) => reorderLinks.issue(orderId, now).token,
    incentive: codes.issue,
  })
  // Messages resume after a restart, with status links that ask for the e-mail (no raw token).
  for (const { orderId, emailConsent, sent } of state?.followUps ?? []) {
    const order = deps.orderById(orderId)
    if (order) followUp.follow(order, emailConsent, sent)
  }
  const feedback = createFeedbackBook(state?.feedback)
  const reminders = createCartReminders(
    { ...deps, suppression, mayMarket: consent.mayMarket },
    settings.reminders,
    {
      ...(state?.incentives ? { incentives: state.incentives } : {}),
      ...(state?.reminders ? { reminders: state.reminders } : {}),
      ...(state?.remindersByAddress ? { addresses: state.remindersByAddress } : {}),
    },
  )

  const postPurchase: PostPurchase = {
    orderPlaced(order, emailConsent) {
      consent.orderPlaced(order.email)
      followUp.follow(order, emailConsent)
    },
    consentGiven: (email, locale, client) =>
      consent.consentGiven(email, locale, deps.now(), client),
    exportState: () => ({
      ...suppression.exportState(),
      ...consent.exportState(),
      remindersByAddress: reminders.exportAddresses(),
      feedback: feedback.exportState(),
      followUps: followUp.exportState(),
      incentives: reminders.exportIncentives(),
      reminders: reminders.exportReminders(),
      reorderLinks: reorderLinks.exportState(),
      invitationCodes: codes.exportState(deps.now()),
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
      confirmMarketing(token) {
        if (!consent.confirm(token, deps.now())) throw confirmationNotFound()
      },
      isMarketingConfirmationLink: (token) => consent.isLive(token, deps.now()),
      createReorderLink(orderId, statusToken) {
        const order = deps.readOrder(orderId, statusToken)
        return reorderLinks.issue(order.id, deps.now())
      },
      reorder(token) {
        const orderId = reorderLinks.orderFor(token, deps.now())
        const order = orderId === undefined ? undefined : deps.orderById(orderId)
        if (!order) throw reorderNotFound()
        return reorderItems(order, deps)
      },
      unsubscribe(token) {
        if (!suppression.unsubscribe(token)) throw unsubscribeNotFound()
      },
      takeDueMessages() {
        const now = deps.now()
        return [...consent.takeDue(), ...followUp.takeDue(now), ...reminders.takeDue(now)]
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

export function confirmationNotFound(): CheckoutError {
  return new CheckoutError('ADAPTER', 'This confirmation link has been used or has expired.', {
    status: 404,
    reason: 'confirmation_not_found',
  })
}
