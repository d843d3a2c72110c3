import type { Order, Tracking } from '@weship/checkout-core'
import { deliveredAt, estimatedDelivery, orderProgress } from '@weship/checkout-core'
import { dateFormat, formatDeliveryDates } from '../components/delivery-dates.js'
import { PickupPointAddress } from '../components/pickup-point.js'
import { PostalAddress } from '../components/postal-address.js'
import { Receipt } from '../components/receipt.js'
import { useTranslator } from '../components/translator-context.js'
import { ShipmentCard } from './shipment-card.js'

/** The order once opened: where it stands, when it arrives, each package, the address, the receipt. */
export function OrderDetails({ order, tracking }: { order: Order; tracking: Tracking | null }) {
  const { t, locale } = useTranslator()
  const estimate = estimatedDelivery(order, tracking)
  const arrived = deliveredAt(tracking)
  const progress = orderProgress(order, tracking)
  const day = dateFormat(locale, { dateStyle: 'full' })
  const point = order.pickupPoint
  return (
    <div class="order-status-details">
      <dl class="order-overview">
        <div>
          <dt>{t('confirmation.orderNumber')}</dt>
          <dd part="order-number">
            <bdi>{order.number}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('orderStatus.status')}</dt>
          <dd part="order-status">{t(`orderStatus.progress.${progress.state}`, progress)}</dd>
        </div>
        {/* A fact once it happened, an estimate until then: never both under one label. */}
        {arrived ? (
          <div>
            <dt>{t('orderStatus.delivery')}</dt>
            <dd part="delivery delivered">
              {t('orderStatus.deliveredOn', { date: day.format(new Date(arrived)) })}
            </dd>
          </div>
        ) : (
          estimate && (
            <div>
              <dt>{t('orderStatus.estimatedDelivery')}</dt>
              <dd part="delivery delivery-estimate">{formatDeliveryDates(estimate, locale)}</dd>
            </div>
          )
        )}
      </dl>
      {tracking && tracking.shipments.length > 0 && (
        <div part="shipments" class="shipments">
          {tracking.shipments.map((shipment) => (
            <ShipmentCard key={shipment.id} shipment={shipment} />
          ))}
        </div>
      )}
      <section part="delivery-address" class="delivery-address" aria-labelledby="address-title">
        <h3 id="address-title" class="subheading">
          {t(point ? 'orderStatus.pickupPoint' : 'orderStatus.deliveryAddress')}
        </h3>
        {point ? (
          <PickupPointAddress point={point} />
        ) : (
          <PostalAddress address={order.shippingAddress} />
        )}
      </section>
      <Receipt order={order} />
    </div>
  )
}
