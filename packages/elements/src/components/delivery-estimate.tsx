import type { DeliveryEstimate as Estimate } from '@weship/checkout-core'
import { formatDeliveryDates } from './delivery-dates.js'
import { useTranslator } from './translator-context.js'

/**
 * "Arrives Tue 3 – Thu 5 Dec": the same words wherever the estimate shows (delivery options,
 * confirmation). Renders nothing when the backend promises no dates.
 */
export function DeliveryEstimate({ estimate }: { estimate: Estimate | null }) {
  const { t, locale } = useTranslator()
  if (!estimate) return null
  return (
    <span part="delivery-estimate" class="delivery-estimate">
      {t('shipping.arrives', { dates: formatDeliveryDates(estimate, locale) })}
    </span>
  )
}
