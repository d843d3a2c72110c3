import type { Cart } from '@weship/checkout-core'
import { MoneyText } from '../../components/money-text.js'
import { useTranslator } from '../../components/translator-context.js'

/** Subtotal and total, as the server computed them. */
export function CartSummary({ cart }: { cart: Cart }) {
  const { t } = useTranslator()
  return (
    <dl part="summary" class="summary">
      <div part="subtotal" class="summary-row">
        <dt>{t('cart.subtotal')}</dt>
        <dd>
          <MoneyText value={cart.subtotal} />
        </dd>
      </div>
      <div part="total" class="summary-row total">
        <dt>{t('cart.total')}</dt>
        <dd>
          <MoneyText value={cart.total} />
        </dd>
      </div>
    </dl>
  )
}
