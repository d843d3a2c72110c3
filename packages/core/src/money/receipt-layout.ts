import type { Receipt } from '../schemas/order.js'
import type { PaymentSummary } from '../schemas/payment.js'
import type { Money } from './money.js'

/** One row of the column that adds up to the total. */
export type ReceiptRow =
  | { kind: 'subtotal'; amount: Money }
  /** `amount` is negative: it is taken off. */
  | { kind: 'discount'; label: string; code?: string; amount: Money }
  /** `free` rows say so in words ("Free"), never as an amount of zero. */
  | { kind: 'shipping'; amount: Money; free: boolean }
  /** Tax added on top of the prices (US sales tax); tax included in them is no row. */
  | { kind: 'tax'; amount: Money }
  | { kind: 'total'; amount: Money }

/** A receipt as the widget and the e-mails both lay it out, so they never disagree. */
export interface ReceiptLayout {
  rows: ReceiptRow[]
  /** Tax already in the prices (EU VAT): said beside the total, never in the column. */
  includedTax: Money | null
  /** How it was paid: gift cards first, then what the card was charged. */
  payments: PaymentSummary[]
}

export function receiptLayout(receipt: Receipt): ReceiptLayout {
  const { tax } = receipt
  const rows: ReceiptRow[] = [
    { kind: 'subtotal', amount: receipt.subtotal },
    ...receipt.discounts.map((discount) => ({
      kind: 'discount' as const,
      label: discount.label,
      ...(discount.code ? { code: discount.code } : {}),
      amount: { ...discount.amount, amount: -Math.abs(discount.amount.amount) },
    })),
    { kind: 'shipping', amount: receipt.shipping, free: receipt.shipping.amount === 0 },
    ...(tax && !tax.included ? [{ kind: 'tax' as const, amount: tax.amount }] : []),
    { kind: 'total', amount: receipt.total },
  ]
  const giftCardsFirst = [...receipt.payments].sort(
    (a, b) => Number(b.type === 'gift_card') - Number(a.type === 'gift_card'),
  )
  return { rows, includedTax: tax?.included ? tax.amount : null, payments: giftCardsFirst }
}
