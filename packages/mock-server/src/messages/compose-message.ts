import { formatAddress } from '@weship/checkout-core'
import { useAllAddressData } from '../address-data.js'
import type {
  CartReminderMessage,
  DueMessage,
  MarketingConfirmationMessage,
  OrderMessage,
  OrderMessageKind,
} from '../engine/post-purchase/message-jobs.js'
import { type EmailTranslator, emailTranslator } from './email-translator.js'
import type { MessageContent, MessageSettings } from './message-content.js'
import { formatDate, formatEstimate, receiptBlock, shipmentFacts } from './message-parts.js'

useAllAddressData()

const keyPrefix: Record<OrderMessageKind, string> = {
  order_confirmation: 'orderConfirmation',
  shipped: 'shipped',
  out_for_delivery: 'outForDelivery',
  delivered: 'delivered',
  feedback_request: 'feedbackRequest',
}

/** What a due message says, in the shopper's language, with every link it needs. */
export function composeMessage(message: DueMessage, settings: MessageSettings): MessageContent {
  const tr = emailTranslator(message.locale)
  const { merchant } = settings
  const note = message.marketing
    ? 'common.marketingNote'
    : message.kind === 'marketing_confirmation'
      ? 'marketingConfirmation.note'
      : 'common.transactionalNote'
  const footer: MessageContent['footer'] = {
    merchant: tr.isolate(merchant.name),
    // "10117 Berlin" would read "Berlin 10117" inside Arabic without its isolate.
    postalAddress: tr.isolate(merchant.postalAddress),
    note: tr.fill(note, { merchant: merchant.name }),
    ...(message.unsubscribeToken
      ? {
          unsubscribe: {
            label: tr.t('common.unsubscribe'),
            url: unsubscribeUrl(message, settings),
          },
        }
      : {}),
  }
  const body =
    message.kind === 'cart_reminder'
      ? reminderBody(message, tr, settings)
      : message.kind === 'marketing_confirmation'
        ? confirmationBody(message, tr, settings)
        : orderBody(message, tr, settings)
  return { lang: tr.language, dir: tr.dir, ...body, footer }
}

export function unsubscribeUrl(message: DueMessage, settings: MessageSettings): string {
  const token = encodeURIComponent(message.unsubscribeToken ?? '')
  // The page it opens speaks the e-mail's language.
  const { language } = emailTranslator(message.locale)
  return `${settings.apiUrl}/unsubscribes/${token}?lang=${language}`
}

type Body = Omit<MessageContent, 'lang' | 'dir' | 'footer'>

/** Double opt-in: one button, to a page on the API whose own button confirms (a GET does not). */
function confirmationBody(
  message: MarketingConfirmationMessage,
  tr: EmailTranslator,
  settings: MessageSettings,
): Body {
  const merchant = settings.merchant.name
  const token = encodeURIComponent(message.confirmationToken)
  const url = `${settings.apiUrl}/marketing-confirmations/${token}?lang=${tr.language}`
  const date = formatDate(message.expiresAt, tr.locale)
  return {
    subject: tr.t('marketingConfirmation.subject', { merchant }),
    heading: tr.t('marketingConfirmation.heading'),
    paragraphs: [
      tr.t('marketingConfirmation.intro', { merchant }),
      tr.t('marketingConfirmation.expiry', { date }),
    ],
    facts: [],
    action: { label: tr.t('marketingConfirmation.action'), url },
  }
}

function orderBody(message: OrderMessage, tr: EmailTranslator, settings: MessageSettings): Body {
  const { order, shipment } = message
  const prefix = keyPrefix[message.kind]
  const number = order.number
  const status = new URL(settings.orderStatusUrl)
  status.searchParams.set('order', order.id)
  if (message.statusToken) status.searchParams.set('token', message.statusToken)
  if (message.kind === 'feedback_request') status.hash = 'feedback'
  const facts = shipment ? shipmentFacts(shipment, tr) : []
  if (message.kind === 'order_confirmation' && order.shippingOption.estimatedDelivery) {
    const value = formatEstimate(order.shippingOption.estimatedDelivery, tr.locale)
    facts.push({ label: tr.t('common.estimatedDelivery'), value })
  }
  const trackingUrl = message.kind === 'shipped' ? shipment?.trackingUrl : undefined
  // The confirmation and the shipping notice say where the order goes, as its country writes it.
  const showsAddress = message.kind === 'order_confirmation' || message.kind === 'shipped'
  return {
    subject: tr.fill(`${prefix}.subject`, { number }),
    heading: tr.t(`${prefix}.heading`),
    paragraphs: [tr.fill(`${prefix}.intro`, { number })],
    facts,
    action: {
      label: tr.t(
        message.kind === 'feedback_request' ? 'feedbackRequest.action' : 'common.viewOrder',
      ),
      url: status.href,
    },
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
}

function reminderBody(
  message: CartReminderMessage,
  tr: EmailTranslator,
  settings: MessageSettings,
): Body {
  const { cart, incentive } = message
  const shop = new URL(settings.shopUrl)
  shop.searchParams.set('weship_cart', message.recoveryToken)
  const merchant = settings.merchant.name
  const paragraphs = [tr.fill('cartReminder.intro', { count: cart.itemCount, merchant })]
  if (incentive) {
    const date = formatDate(incentive.expiresAt, tr.locale)
    paragraphs.push(tr.fill('cartReminder.incentive', { ...incentive, date }))
  }
  return {
    subject: incentive
      ? tr.t('cartReminder.lastSubject', { percent: incentive.percent })
      : tr.t('cartReminder.subject'),
    heading: tr.t('cartReminder.heading'),
    paragraphs,
    facts: [],
    action: { label: tr.t('cartReminder.action'), url: shop.href },
    receipt: cartLines(message, tr),
  }
}

function cartLines(message: CartReminderMessage, tr: EmailTranslator) {
  const { cart } = message
  const block = receiptBlock(
    {
      currency: cart.currency,
      items: cart.items,
      subtotal: cart.subtotal,
      discounts: [],
      shipping: cart.shipping ?? { amount: 0, currency: cart.currency },
      tax: null,
      total: cart.subtotal,
      payments: [],
    },
    tr,
  )
  // A cart is no receipt: its lines and subtotal only, under the heading, with nothing to pay.
  return {
    title: '',
    lines: block?.lines ?? [],
    totals: block?.totals.slice(0, 1) ?? [],
  }
}
