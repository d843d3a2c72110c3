import type { Cart, Order, Shipment } from '@weship/checkout-core'

export const orderMessageKinds = [
  'order_confirmation',
  'shipped',
  'out_for_delivery',
  'ready_for_pickup',
  'delivered',
  'feedback_request',
  'invitation',
] as const

/** Order messages that are marketing: consent, unsubscribe link, and never after an unsubscribe. */
export const marketingOrderMessages: ReadonlySet<OrderMessageKind> = new Set([
  'feedback_request',
  'invitation',
])
export type OrderMessageKind = (typeof orderMessageKinds)[number]

interface MessageBase {
  /** Unique per milestone: the engine hands out each key once, however often scans repeat. */
  key: string
  to: string
  locale: string | undefined
  /** Marketing mail needs consent, carries an unsubscribe link and honours it. */
  marketing: boolean
  unsubscribeToken?: string
}

export interface OrderMessage extends MessageBase {
  kind: OrderMessageKind
  order: Order
  /** For the status page link; unknown for orders read back from a snapshot. */
  statusToken: string | undefined
  /** The package a shipping milestone is about. */
  shipment?: Shipment
  /** A delivery that brings the last package: the whole order is there. */
  completesOrder?: boolean
  /** The "Buy again" link's token (the order's last delivery and the invitation). */
  reorderToken?: string
  /** The invitation's single-use code for this shopper, when the shop sets one. */
  incentive?: OrderIncentive
}

/** A code e-mailed to one shopper: single use, until it expires, for that address only. */
export interface OrderIncentive {
  code: string
  percent: number
  expiresAt: string
  /** The address it was sent to (as `emailKey` gives it). */
  email: string
}

export interface CartIncentive {
  code: string
  percent: number
  expiresAt: string
  /** The address it was sent to (its cart's e-mail): the code works only for it. */
  email?: string | undefined
}

export interface CartReminderMessage extends MessageBase {
  kind: 'cart_reminder'
  /** 1-based: the first, second, … reminder. */
  step: number
  isLast: boolean
  cart: Cart
  recoveryToken: string
  incentive?: CartIncentive
}

/** Double opt-in: a link that confirms the address wants marketing mail. Not marketing itself. */
export interface MarketingConfirmationMessage extends MessageBase {
  kind: 'marketing_confirmation'
  confirmationToken: string
  expiresAt: string
}

/** A message the engine decided is due; the messenger renders and sends it. */
export type DueMessage = OrderMessage | CartReminderMessage | MarketingConfirmationMessage
