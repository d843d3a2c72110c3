import type { PaymentSummary } from '@weship/checkout-core'
import { isolated } from '../i18n/isolated.js'
import { cardLabel } from '../payments/card-label.js'
import { MoneyText } from './money-text.js'
import { useTranslator } from './translator-context.js'

/** How the order was paid: never more of a card than its brand and last four. */
export function ReceiptPayments({ payments }: { payments: readonly PaymentSummary[] }) {
  const { t } = useTranslator()
  const describe = (payment: PaymentSummary) => {
    if (payment.type === 'gift_card') {
      return payment.last4
        ? isolated(t, 'confirmation.giftCard', { last4: payment.last4 })
        : payment.label
    }
    return cardLabel(t, 'confirmation.cardEnding', payment, payment.label)
  }
  if (payments.length === 0) return null
  return (
    <>
      <h4 class="label receipt-paid-with">{t('confirmation.paidWith')}</h4>
      <dl part="receipt-payments" class="summary receipt-payments">
        {payments.map((payment, index) => (
          <div key={`${payment.type}-${index}`} part="payment" class="summary-row">
            <dt>{describe(payment)}</dt>
            <dd>
              <MoneyText value={payment.amount} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}
