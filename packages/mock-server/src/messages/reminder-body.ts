import type { CartReminderMessage } from '../engine/post-purchase/message-jobs.js'
import type { EmailTranslator } from './email-translator.js'
import type { MessageBody, MessageSettings } from './message-content.js'
import { formatDate, receiptBlock } from './message-parts.js'

/** An abandoned cart's reminder: its lines, the way back to it, and the last one's code. */
export function reminderBody(
  message: CartReminderMessage,
  tr: EmailTranslator,
  settings: MessageSettings,
): MessageBody {
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
  return { title: '', lines: block.lines, totals: block.totals.slice(0, 1) }
}
