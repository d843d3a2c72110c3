import type { Shipment } from '@weship/checkout-core'
import { dateFormat, formatDeliveryDates } from '../components/delivery-dates.js'
import { useTranslator } from '../components/translator-context.js'
import { ShipmentTimeline } from './shipment-timeline.js'

/** One package: where it is, when it comes (or came), who carries it, what is in it, its history. */
export function ShipmentCard({ shipment }: { shipment: Shipment }) {
  const { t, locale } = useTranslator()
  const titleId = `shipment-${shipment.index}-title`
  const title =
    shipment.count > 1
      ? t('orderStatus.package', { index: shipment.index, count: shipment.count })
      : t('orderStatus.shipment')
  const { deliveredAt, estimatedDelivery } = shipment
  const when = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section part="shipment" class="shipment" aria-labelledby={titleId}>
      <h3 id={titleId} part="shipment-title" class="subheading">
        {title}
      </h3>
      {/* Each fact under its own label, so none runs into the next. */}
      <dl class="shipment-facts">
        <div>
          <dt>{t('orderStatus.status')}</dt>
          <dd part="shipment-status" class={`shipment-status shipment-${shipment.status}`}>
            {t(`orderStatus.shipmentStates.${shipment.status}`)}
          </dd>
        </div>
        {deliveredAt ? (
          <div>
            <dt>{t('orderStatus.delivery')}</dt>
            <dd part="delivered">
              {t('orderStatus.deliveredOn', { date: when.format(new Date(deliveredAt)) })}
            </dd>
          </div>
        ) : (
          estimatedDelivery && (
            <div>
              <dt>{t('orderStatus.estimatedDelivery')}</dt>
              <dd part="delivery-estimate">{formatDeliveryDates(estimatedDelivery, locale)}</dd>
            </div>
          )
        )}
        {shipment.carrier && (
          <div part="carrier">
            <dt>{t('orderStatus.carrier')}</dt>
            <dd>
              <bdi>{shipment.carrier}</bdi>
            </dd>
          </div>
        )}
        {shipment.trackingNumber && (
          <div>
            <dt>{t('orderStatus.trackingNumber')}</dt>
            <dd part="tracking-number">
              {shipment.trackingUrl ? (
                <a
                  part="tracking-link"
                  class="link"
                  href={shipment.trackingUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  <bdi>{shipment.trackingNumber}</bdi>
                  <span class="visually-hidden"> {t('orderStatus.opensCarrierPage')}</span>
                </a>
              ) : (
                <bdi>{shipment.trackingNumber}</bdi>
              )}
            </dd>
          </div>
        )}
      </dl>
      <ul part="shipment-items" class="shipment-items">
        {shipment.items.map((item) => (
          <li key={item.sku}>
            {item.name}{' '}
            <span class="hint">{t('confirmation.quantity', { quantity: item.quantity })}</span>
          </li>
        ))}
      </ul>
      <ShipmentTimeline
        events={shipment.events}
        label={
          shipment.count > 1
            ? t('orderStatus.packageHistory', { index: shipment.index, count: shipment.count })
            : t('orderStatus.history')
        }
      />
    </section>
  )
}
