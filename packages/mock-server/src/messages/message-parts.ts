import type { DeliveryEstimate, Receipt, Shipment } from '@weship/checkout-core'
import { formatMoney } from '@weship/checkout-core'
import type { EmailTranslator } from './email-translator.js'
import type { MessageContent } from './message-content.js'

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
export function shipmentFacts(shipment: Shipment, tr: EmailTranslator): MessageContent['facts'] {
  const facts: MessageContent['facts'] = []
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

export function receiptBlock(receipt: Receipt, tr: EmailTranslator): MessageContent['receipt'] {
  const money = (amount: Receipt['total']) => formatMoney(amount, tr.locale)
  const totals: NonNullable<MessageContent['receipt']>['totals'] = [
    { label: tr.t('receipt.subtotal'), amount: money(receipt.subtotal) },
    // Named by code, as the checkout names them; a codeless discount keeps the shop's label.
    ...receipt.discounts.map((discount) => ({
      label: discount.code
        ? tr.fill('receipt.discountCode', { code: discount.code })
        : tr.isolate(discount.label),
      amount: money({ ...discount.amount, amount: -discount.amount.amount }),
    })),
    { label: tr.t('receipt.shipping'), amount: money(receipt.shipping) },
  ]
  if (receipt.tax) {
    const label = receipt.tax.included ? tr.t('receipt.taxIncluded') : tr.t('receipt.tax')
    totals.push({ label, amount: money(receipt.tax.amount) })
  }
  totals.push({ label: tr.t('receipt.total'), amount: money(receipt.total), strong: true })
  return {
    title: tr.t('receipt.title'),
    lines: receipt.items.map((item) => ({
      name: tr.isolate(item.name),
      detail: [
        ...Object.values(item.options).map(tr.isolate),
        tr.t('receipt.quantity', { quantity: item.quantity }),
      ].join(' · '),
      amount: money(item.total),
    })),
    totals,
  }
}
