import { type Cart, formatMoney } from '@weship/checkout-core'
import { useEffect, useRef } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'

/** After a CONFLICT: the total the shopper saw beside the new one, paid only once accepted. */
export function NewTotals({ fresh }: { fresh: Cart }) {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const notice = useRef<HTMLDivElement>(null)
  useEffect(() => {
    notice.current?.focus()
  }, [])
  const previous = checkout.cart.value?.amountDue ?? fresh.amountDue
  return (
    <div part="new-totals" class="notice" role="alert" tabIndex={-1} ref={notice}>
      <p class="notice-message">
        {isolated(t, 'review.totalChanged', {
          previous: formatMoney(previous, locale),
          total: formatMoney(fresh.amountDue, locale),
        })}
      </p>
      <button
        part="button accept-total-button"
        class="button"
        type="button"
        onClick={() => checkout.acceptNewTotals()}
      >
        {t('review.acceptTotal')}
      </button>
    </div>
  )
}
