import type { PickupPoint, ShippingOption } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'

/** "850 m", "1.2 km" in the shopper's locale. */
function formatDistance(meters: number, locale: string): string {
  const km = meters >= 1000
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    maximumFractionDigits: km ? 1 : 0,
  }).format(km ? meters / 1000 : Math.round(meters / 10) * 10)
}

/**
 * The points a chosen pickup option offers, nearest first, as one radio group: the backend takes
 * the nearest until the shopper picks another, and the cart's `pickupPoint` is the one checked.
 */
export function PickupPoints({ option }: { option: ShippingOption }) {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const points = option.pickupPoints ?? []
  if (points.length === 0) return null
  const chosen = checkout.cart.value?.pickupPoint?.id ?? points[0]?.id
  return (
    <fieldset part="pickup-points" class="shipping-options pickup-points">
      <legend part="legend" class="legend">
        {t('shipping.pickupPoints')}
      </legend>
      {points.map((point: PickupPoint) => {
        const id = `pickup-point-${point.id}`
        const { address } = point
        return (
          <label key={point.id} part="pickup-point-option" class="shipping-option" for={id}>
            <input
              type="radio"
              id={id}
              name="pickupPointId"
              value={point.id}
              checked={point.id === chosen}
              onChange={() => void checkout.selectShippingOption(option.id, point.id)}
            />
            <span class="shipping-option-text">
              <span class="shipping-option-label">{point.name}</span>{' '}
              <span class="hint">
                {[address.line1, [address.postalCode, address.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ')}
              </span>{' '}
              {point.openingHours && <span class="hint">{point.openingHours}</span>}
            </span>{' '}
            {point.distanceMeters !== undefined && (
              <span class="hint">
                {t('shipping.distance', {
                  distance: formatDistance(point.distanceMeters, locale),
                })}
              </span>
            )}
          </label>
        )
      })}
    </fieldset>
  )
}
