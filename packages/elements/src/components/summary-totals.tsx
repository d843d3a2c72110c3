import { type Cart, formatMoney } from '@weship/checkout-core'
import { isolated } from '../i18n/isolated.js'
import { useCheckout } from './checkout-context.js'
import { DiscountName } from './discount-name.js'
import { MoneyText } from './money-text.js'
import { useTranslator } from './translator-context.js'

/**
 * The priced rows: each known as soon as the server knows it, never first on review. While the
 * typed address is not the one they were priced for, shipping and tax say so instead of showing
 * another address's amounts, and the total is shown as about to change.
 */
export function SummaryTotals({ cart }: { cart: Cart }) {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const removing = checkout.busy.value.has('removeCode')
  const paidByGiftCards = cart.giftCards.length > 0
  const changed = checkout.shippingAddressChanged.value
  const pending = <span class="summary-pending">{t('summary.shippingPending')}</span>
  return (
    <dl class="summary">
      <div part="subtotal" class="summary-row">
        <dt>{t('cart.subtotal')}</dt>
        <dd>
          <MoneyText value={cart.subtotal} />
        </dd>
      </div>
      {cart.discounts.map((discount) => (
        <div key={discount.label} part="discount" class="summary-row summary-discount">
          <dt>
            <DiscountName discount={discount} byCode="summary.discountCode" />
            {discount.code && (
              <RemoveCode code={discount.code} label={discount.code} disabled={removing} />
            )}
          </dt>
          <dd>
            <MoneyText value={{ ...discount.amount, amount: -discount.amount.amount }} />
          </dd>
        </div>
      ))}
      <div part="shipping" class="summary-row">
        <dt>{t('summary.shipping')}</dt>
        <dd>
          {cart.shipping === null || changed ? (
            pending
          ) : cart.shipping.amount === 0 ? (
            t('summary.free')
          ) : (
            <MoneyText value={cart.shipping} />
          )}
        </dd>
      </div>
      {cart.tax && !cart.tax.included && (
        <div part="tax" class="summary-row">
          <dt>{t('summary.tax')}</dt>
          <dd>{changed ? pending : <MoneyText value={cart.tax.amount} />}</dd>
        </div>
      )}
      <div part="total" class={changed ? 'summary-row total summary-stale' : 'summary-row total'}>
        <dt>{t('cart.total')}</dt>
        <dd>
          <MoneyText value={cart.total} />
        </dd>
      </div>
      {cart.tax?.included && !changed && (
        // A term and its description, as a <dl> may hold: a bare <p> there breaks the list.
        <div part="tax" class="summary-note">
          <dt class="visually-hidden">{t('summary.tax')}</dt>
          <dd>
            {isolated(t, 'summary.taxIncluded', { amount: formatMoney(cart.tax.amount, locale) })}
          </dd>
        </div>
      )}
      {cart.giftCards.map((card) => (
        <div key={card.id} part="gift-card" class="summary-row summary-discount">
          <dt>
            {isolated(t, 'summary.giftCard', { last4: card.last4 })}
            <RemoveCode
              code={card.id}
              label={t('summary.giftCard', { last4: card.last4 })}
              disabled={removing}
            />
          </dt>
          <dd>
            <MoneyText value={{ ...card.amount, amount: -card.amount.amount }} />
          </dd>
        </div>
      ))}
      {paidByGiftCards && (
        <div part="amount-due" class="summary-row total">
          <dt>{t('summary.amountDue')}</dt>
          <dd>
            <MoneyText value={cart.amountDue} />
          </dd>
        </div>
      )}
    </dl>
  )
}

function RemoveCode({ code, label, disabled }: { code: string; label: string; disabled: boolean }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  return (
    <button
      part="button remove-code-button"
      class="link-button remove-code"
      type="button"
      aria-disabled={disabled}
      aria-label={t('codes.remove', { code: label })}
      onClick={() => {
        if (!disabled) void checkout.removeCode(code)
      }}
    >
      {t('codes.removeShort')}
    </button>
  )
}
