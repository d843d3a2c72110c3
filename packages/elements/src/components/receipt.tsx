import { formatMoney, type Money, type Order } from '@weship/checkout-core'
import type { ComponentChildren } from 'preact'
import { isolated } from '../i18n/isolated.js'
import { DiscountName } from './discount-name.js'
import { MoneyText } from './money-text.js'
import { ReceiptPayments } from './receipt-payments.js'
import { useTranslator } from './translator-context.js'

const negative = (money: Money): Money => ({ ...money, amount: -money.amount })

/** The order's receipt as frozen at purchase: items, discounts, shipping, tax, total, payments. */
export function Receipt({ order }: { order: Order }) {
  const { t, locale } = useTranslator()
  const { receipt } = order
  return (
    <section part="receipt" class="receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title" class="subheading">
        {t('confirmation.receipt')}
      </h3>
      <ul class="receipt-items">
        {receipt.items.map((item) => (
          <li key={item.id} part="receipt-item" class="receipt-item">
            <span class="receipt-item-name">
              {item.name}
              {Object.keys(item.options).length > 0 && (
                <span class="hint"> · {Object.values(item.options).join(' · ')}</span>
              )}
            </span>
            <span class="hint">{t('confirmation.quantity', { quantity: item.quantity })}</span>
            <MoneyText value={item.total} />
          </li>
        ))}
      </ul>
      <dl class="summary">
        <Row part="subtotal" label={t('confirmation.subtotal')}>
          <MoneyText value={receipt.subtotal} />
        </Row>
        {receipt.discounts.map((discount) => (
          <Row
            key={discount.label}
            part="discount"
            label={<DiscountName discount={discount} byCode="confirmation.discountCode" />}
          >
            <MoneyText value={negative(discount.amount)} />
          </Row>
        ))}
        <Row part="shipping" label={t('confirmation.shipping')}>
          {receipt.shipping.amount === 0 ? (
            t('confirmation.free')
          ) : (
            <MoneyText value={receipt.shipping} />
          )}
        </Row>
        {receipt.tax && !receipt.tax.included && (
          <Row part="tax" label={t('confirmation.tax')}>
            <MoneyText value={receipt.tax.amount} />
          </Row>
        )}
        <Row part="total" label={t('confirmation.total')} strong>
          <MoneyText value={receipt.total} />
        </Row>
      </dl>
      {receipt.tax?.included && (
        <p class="hint">
          {isolated(t, 'confirmation.taxIncluded', {
            amount: formatMoney(receipt.tax.amount, locale),
          })}
        </p>
      )}
      <ReceiptPayments payments={receipt.payments} />
      {order.merchant && (
        <p part="merchant" class="hint">
          {t('confirmation.soldBy', order.merchant)}
        </p>
      )}
    </section>
  )
}

interface RowProps {
  part: string
  label: ComponentChildren
  strong?: boolean
  children: ComponentChildren
}

function Row({ part, label, strong, children }: RowProps) {
  return (
    // Callers pass literal part names (`<Row part="tax">`), which the parts check reads there.
    <div {...{ part }} class={strong ? 'summary-row total' : 'summary-row'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
