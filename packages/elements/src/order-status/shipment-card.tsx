import type { Shipment } from '@weship/checkout-core'
import { DeliveryEstimate } from '../components/delivery-estimate.js'
import { useTranslator } from '../components/translator-context.js'
import { ShipmentTimeline } from './shipment-timeline.js'

/** One package: where it is, who carries it, what is in it, and its history. */
export function ShipmentCard({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslator()
  const titleId = `shipment-${shipment.index}-title`
  const title =
    shipment.count > 1
      ? t('orderStatus.package', { index: shipment.index, count: shipment.count })
      : t('orderStatus.shipment')
  return (
    <section part="shipment" class="shipment" aria-labelledby={titleId}>
      <h3 id={titleId} part="shipment-title" class="subheading">
        {title}
      </h3>
      <p class="shipment-state">
        <strong part="shipment-status" class={`shipment-status shipment-${shipment.status}`}>
          {t(`orderStatus.shipmentStates.${shipment.status}`)}
        </strong>{' '}
        {shipment.status !== 'delivered' && (
          <DeliveryEstimate estimate={shipment.estimatedDelivery} />
        )}
      </p>
      {(shipment.carrier || shipment.trackingNumber) && (
        <dl part="carrier" class="shipment-carrier">
          {shipment.carrier && (
            <div>
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
      )}
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
