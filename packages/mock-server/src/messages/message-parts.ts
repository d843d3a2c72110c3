import type {
  DeliveryEstimate,
  Money,
  PaymentSummary,
  PickupPoint,
  Receipt,
  Shipment,
} from '@weship/checkout-core'
import { formatMoney, type ReceiptRow, receiptLayout } from '@weship/checkout-core'
import { brandLabel } from '../engine/payments/card-number.js'
import type { EmailTranslator } from './email-translator.js'
import type { MessageContent } from './message-content.js'

type Facts = MessageContent['facts']
type ReceiptBlock = NonNullable<MessageContent['receipt']>

/** "Tue, 3 Dec – Thu, 5 Dec" in the shopper's locale: the same estimate the checkout showed. */
export function formatEstimate(estimate: DeliveryEstimate, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
  const earliest = new Date(`${estimate.earliest}T12:00:00Z`)
  if (estimate.earliest === estimate.latest) return format.format(earliest)
  return format.formatRange(earliest, new Date(`${estimate.latest}T12:00:00Z`))
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  )
}

/** Package, carrier, tracking number and estimate of a shipment, as label/value facts. */
export function shipmentFacts(shipment: Shipment, tr: EmailTranslator): Facts {
  const facts: Facts = []
  if (shipment.count > 1) {
    facts.push({
      label: tr.t('common.package', { index: shipment.index, count: shipment.count }),
      value: shipment.items
        .map((item) => tr.fill('common.packageItem', { quantity: item.quantity, name: item.name }))
        .join(', '),
    })
  }
  if (shipment.carrier) {
    facts.push({ label: tr.t('common.carrier'), value: tr.isolate(shipment.carrier) })
  }
  if (shipment.trackingNumber) {
    const value = tr.isolate(shipment.trackingNumber)
    facts.push({ label: tr.t('common.trackingNumber'), value })
  }
  if (shipment.estimatedDelivery) {
    const value = formatEstimate(shipment.estimatedDelivery, tr.locale)
    facts.push({ label: tr.t('common.estimatedDelivery'), value })
  }
  return facts
}

/** Where a pickup order waits, and when that place is open. */
export function pickupFacts(point: PickupPoint, tr: EmailTranslator): Facts {
  const { address } = point
  const place = [address.line1, [address.postalCode, address.city].filter(Boolean).join(' ')]
  const value = [point.name, ...place].map(tr.isolate).join(', ')
  const facts = [{ label: tr.t('common.pickupPoint'), value }]
  if (point.openingHours) {
    facts.push({ label: tr.t('common.openingHours'), value: tr.isolate(point.openingHours) })
  }
  return facts
}

/** The receipt as the widget lays it out (core's `receiptLayout`), in the shopper's words. */
export function receiptBlock(receipt: Receipt, tr: EmailTranslator): ReceiptBlock {
  const money = (amount: Money) => formatMoney(amount, tr.locale)
  const layout = receiptLayout(receipt)
  const totals = layout.rows.map((row) => totalRow(row, tr, money))
  const { includedTax, payments } = layout
  return {
    title: tr.t('receipt.title'),
    lines: receipt.items.map((item) => itemLine(item, tr, money(item.total))),
    totals,
    ...(includedTax
      ? { notes: [tr.t('receipt.taxIncluded', { amount: money(includedTax) })] }
      : {}),
    ...(payments.length > 0
      ? {
          payments: {
            title: tr.t('receipt.paidWith'),
            lines: payments.map((payment) => ({
              label: paymentLabel(payment, tr),
              amount: money(payment.amount),
            })),
          },
        }
      : {}),
  }
}

type Row = NonNullable<MessageContent['receipt']>['totals'][number]

function totalRow(row: ReceiptRow, tr: EmailTranslator, money: (amount: Money) => string): Row {
  // Named by code, as the checkout names them; a codeless discount keeps the shop's label.
  if (row.kind === 'discount') {
    const label = row.code
      ? tr.fill('receipt.discountCode', { code: row.code })
      : tr.isolate(row.label)
    return { label, amount: money(row.amount) }
  }
  if (row.kind === 'total') {
    return { label: tr.t('receipt.total'), amount: money(row.amount), strong: true }
  }
  // Free shipping is said in words, as the widget says it, never as an amount of zero.
  const free = row.kind === 'shipping' && row.free
  return {
    label: tr.t(`receipt.${row.kind}`),
    amount: free ? tr.t('receipt.free') : money(row.amount),
  }
}

/** "Gift card ending in 1234", "Visa ending in 4242": never more of a card than that. */
function paymentLabel(payment: PaymentSummary, tr: EmailTranslator): string {
  if (!payment.last4) return tr.isolate(payment.label)
  if (payment.type === 'gift_card') return tr.t('receipt.giftCard', { last4: payment.last4 })
  const brand = payment.brand ? brandLabel(payment.brand) : payment.label
  return tr.t('receipt.card', { brand, last4: payment.last4 })
}

/** What an order held, without prices: the invitation reminds, it does not bill. */
export function itemsBlock(receipt: Receipt, tr: EmailTranslator): ReceiptBlock {
  return {
    title: tr.t('invitation.itemsTitle'),
    lines: receipt.items.map((item) => itemLine(item, tr, '')),
    totals: [],
  }
}

/** A line's name, then its options and quantity ("White · M · Qty 2"), and what it cost. */
function itemLine(item: Receipt['items'][number], tr: EmailTranslator, amount: string) {
  const detail = [
    ...Object.values(item.options).map(tr.isolate),
    tr.t('receipt.quantity', { quantity: item.quantity }),
  ].join(' · ')
  return { name: tr.isolate(item.name), detail, amount }
}
