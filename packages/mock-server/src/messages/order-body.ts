import { formatAddress } from '@weship/checkout-core'
import { useAllAddressData } from '../address-data.js'
import type { OrderMessage, OrderMessageKind } from '../engine/post-purchase/message-jobs.js'
import type { EmailTranslator } from './email-translator.js'
import type { MessageBody, MessageSettings } from './message-content.js'
import {
  formatDate,
  formatEstimate,
  itemsBlock,
  pickupFacts,
  receiptBlock,
  shipmentFacts,
} from './message-parts.js'

useAllAddressData()

const keyPrefix: Record<OrderMessageKind, string> = {
  order_confirmation: 'orderConfirmation',
  shipped: 'shipped',
  out_for_delivery: 'outForDelivery',
  ready_for_pickup: 'readyForPickup',
  delivered: 'delivered',
  feedback_request: 'feedbackRequest',
  invitation: 'invitation',
}

/** `shopUrl?weship_reorder=<token>`: the shop page's checkout fills a new cart from it. */
export function buyAgainUrl(settings: MessageSettings, token: string): string {
  const shop = new URL(settings.shopUrl)
  shop.searchParams.set('weship_reorder', token)
  return shop.href
}

/** A milestone of an order: what happened, the facts that go with it, and where to look. */
export function orderBody(
  message: OrderMessage,
  tr: EmailTranslator,
  settings: MessageSettings,
): MessageBody {
  const { order, shipment } = message
  const prefix = keyPrefix[message.kind]
  const number = order.number
  const status = new URL(settings.orderStatusUrl)
  status.searchParams.set('order', order.id)
  if (message.statusToken) status.searchParams.set('token', message.statusToken)
  if (message.kind === 'feedback_request') status.hash = 'feedback'
  const viewOrder = { label: tr.t('common.viewOrder'), url: status.href }
  const buyAgain = message.reorderToken
    ? { label: tr.t('common.buyAgain'), url: buyAgainUrl(settings, message.reorderToken) }
    : undefined
  const facts = message.kind === 'invitation' || !shipment ? [] : shipmentFacts(shipment, tr)
  const point = order.pickupPoint
  if (point && ['order_confirmation', 'shipped', 'ready_for_pickup'].includes(message.kind)) {
    facts.push(...pickupFacts(point, tr))
  }
  if (message.kind === 'order_confirmation' && order.shippingOption.estimatedDelivery) {
    const value = formatEstimate(order.shippingOption.estimatedDelivery, tr.locale)
    facts.push({ label: tr.t('common.estimatedDelivery'), value })
  }
  const trackingUrl = message.kind === 'shipped' ? shipment?.trackingUrl : undefined
  // The confirmation and the shipping notice say where the order goes, as its country writes it;
  // a pickup order's facts name its point instead.
  const showsAddress =
    !point && (message.kind === 'order_confirmation' || message.kind === 'shipped')
  const body: MessageBody = {
    subject: tr.fill(`${prefix}.subject`, { number, merchant: settings.merchant.name }),
    heading: tr.t(`${prefix}.heading`),
    paragraphs: [introOf(message, tr)],
    facts,
    action: viewOrder,
    ...(trackingUrl
      ? { secondaryAction: { label: tr.t('common.trackPackage'), url: trackingUrl } }
      : {}),
    ...(showsAddress
      ? {
          address: {
            label: tr.t('common.deliveryAddress'),
            lines: formatAddress(order.shippingAddress, { locale: tr.locale }),
          },
        }
      : {}),
    ...(message.kind === 'order_confirmation' ? { receipt: receiptBlock(order.receipt, tr) } : {}),
  }
  if (message.kind === 'feedback_request') {
    body.action = { label: tr.t('feedbackRequest.action'), url: status.href }
  }
  if (message.kind === 'invitation' && buyAgain) {
    const { incentive } = message
    if (incentive) {
      const date = formatDate(incentive.expiresAt, tr.locale)
      const values = { ...incentive, email: order.email, date }
      body.paragraphs.push(tr.fill('invitation.incentive', values))
    }
    return {
      ...body,
      action: buyAgain,
      secondaryAction: viewOrder,
      receipt: itemsBlock(order.receipt, tr),
    }
  }
  // The last package is in: the shopper can order the same things again in one click.
  if (buyAgain) body.secondaryAction = buyAgain
  return body
}

function introOf(message: OrderMessage, tr: EmailTranslator): string {
  const { order, shipment } = message
  const number = order.number
  if (message.kind === 'delivered' && !message.completesOrder && shipment) {
    const { index, count } = shipment
    return tr.fill('delivered.introPartial', { number, index, count })
  }
  if (message.kind === 'ready_for_pickup') {
    const point = order.pickupPoint?.name
    if (point) return tr.fill('readyForPickup.intro', { number, point })
    // A home delivery the carrier left at a point of its own: its scan says where.
    const place = shipment?.events.at(-1)?.location ?? ''
    return tr.fill('readyForPickup.introRedirected', { number, place })
  }
  return tr.fill(`${keyPrefix[message.kind]}.intro`, { number })
}
