import type { CartSession } from '@weship/checkout-core'
import { useTranslator } from '../../components/translator-context.js'

/** Says that the shopper's earlier cart expired, rather than showing a new one without a word. */
export function ExpiredCart({ session }: { session: CartSession }) {
  const { t } = useTranslator()
  if (!session.expired.value) return null
  return (
    <p part="cart-expired" class="notice" role="status">
      {t('cartStep.expired')}
    </p>
  )
}
