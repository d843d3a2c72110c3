import type { Cart } from '@weship/checkout-core'
import { useState } from 'preact/hooks'
import { isolated } from '../i18n/isolated.js'
import { useCheckout } from './checkout-context.js'
import { CodeForm } from './code-form.js'
import { MoneyText } from './money-text.js'
import { SummaryTotals } from './summary-totals.js'
import { useTranslator } from './translator-context.js'

/**
 * The order summary beside every step: items, codes, subtotal, discounts, shipping, taxes and
 * total as the server last priced them. On narrow widgets it collapses behind a toggle that
 * still shows the total, so the amount is never out of view.
 */
export function OrderSummary({ showItems }: { showItems: boolean }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const [expanded, setExpanded] = useState(false)
  const cart = checkout.cart.value
  if (!cart) return null
  const stale = checkout.totalsStale.value
  return (
    <aside
      part="summary"
      class={expanded ? 'summary-panel summary-expanded' : 'summary-panel'}
      aria-labelledby="summary-title"
      aria-busy={stale}
    >
      <h2 id="summary-title" class="summary-title">
        {t('summary.title')}
      </h2>
      <button
        part="button summary-toggle"
        class="summary-toggle"
        type="button"
        aria-expanded={expanded}
        aria-controls="summary-body"
        onClick={() => setExpanded(!expanded)}
      >
        <span>{t(expanded ? 'summary.hide' : 'summary.show')}</span>
        <MoneyText value={cart.total} />
      </button>
      {/* Outside the collapsible body, so it shows (and is announced) on narrow screens too. */}
      <p part="code-dropped" class="summary-notice" role="status">
        {checkout.droppedCodes.value.map((code) => (
          <span key={code} class="summary-notice-line">
            {isolated(t, 'codes.dropped', { code })}
          </span>
        ))}
      </p>
      <div class="summary-body" id="summary-body">
        {showItems && <SummaryItems cart={cart} />}
        <CodeForm cart={cart} />
        <SummaryTotals cart={cart} />
      </div>
    </aside>
  )
}

function SummaryItems({ cart }: { cart: Cart }) {
  const { t } = useTranslator()
  return (
    <ul part="summary-items" class="summary-items" aria-label={t('cart.items')}>
      {cart.items.map((item) => (
        <li key={item.id} part="summary-item" class="summary-item">
          <span>
            {item.name}
            <span class="summary-item-quantity"> × {item.quantity}</span>
          </span>
          <MoneyText value={item.total} />
        </li>
      ))}
    </ul>
  )
}
