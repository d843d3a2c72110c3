import type { Order } from '@weship/checkout-core'
import { useContext } from 'preact/hooks'
import { useTranslator } from '../../components/translator-context.js'
import { OrderStatusUrlContext } from './order-status-url.js'

/** `<base>?order=<id>&token=<statusToken>`: the capability link DESIGN §6 describes. */
export function orderStatusHref(base: string, order: Order): string | null {
  if (!order.statusToken) return null
  const url = new URL(base, document.baseURI)
  url.searchParams.set('order', order.id)
  url.searchParams.set('token', order.statusToken)
  return url.href
}

export function OrderStatusLink({ order }: { order: Order }) {
  const { t } = useTranslator()
  const base = useContext(OrderStatusUrlContext)
  const href = base ? orderStatusHref(base, order) : null
  if (!href) return null
  return (
    <a part="order-status-link" class="link" href={href}>
      {t('confirmation.trackOrder')}
    </a>
  )
}
