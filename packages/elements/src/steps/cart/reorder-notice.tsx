import type { CartSession } from '@weship/checkout-core'
import { useTranslator } from '../../components/translator-context.js'

/**
 * After a "Buy again" link: what of the order the new cart holds less of or none of (never
 * dropped silently), or that the link had expired. It goes with the shopper's next change.
 */
export function ReorderNotice({ session }: { session: CartSession }) {
  const { t } = useTranslator()
  const notice = session.reordered.value
  if (!notice || (!notice.expired && notice.unavailable.length === 0)) return null
  const nothing = !notice.expired && notice.unavailable.every((line) => line.added === 0)
  const heading = notice.expired
    ? 'reorder.expired'
    : nothing && !session.cart.value
      ? 'reorder.nothing'
      : 'reorder.title'
  return (
    <div part="reorder-notice" class="notice reorder-notice" role="status">
      <p>{t(heading)}</p>
      {notice.unavailable.length > 0 && (
        <ul>
          {notice.unavailable.map((line) => (
            <li key={line.sku}>
              {t(`reorder.${line.reason}`, {
                name: line.name,
                added: line.added,
                ordered: line.ordered,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
