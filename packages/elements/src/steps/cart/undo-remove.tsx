import type { Signal } from '@preact/signals'
import type { CartSession } from '@weship/checkout-core'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'
import type { RemovedLine } from './cart-review.js'

/** "Removed Mug. Undo" — a live region, so screen readers hear what the click did. */
export function UndoRemove({
  session,
  removed,
}: {
  session: CartSession
  removed: Signal<RemovedLine | null>
}) {
  const { t } = useTranslator()
  const line = removed.value
  return (
    <div part="undo" class="undo" role="status">
      {line && (
        <>
          {isolated(t, 'cart.removed', { name: line.name })}{' '}
          <button
            part="button undo-button"
            class="link-button"
            type="button"
            onClick={() => {
              removed.value = null
              void session.addItem(line.sku, line.quantity)
            }}
          >
            {t('cart.undo')}
          </button>
        </>
      )}
    </div>
  )
}
