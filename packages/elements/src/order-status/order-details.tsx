import type { Order, Tracking } from '@weship/checkout-core'
import { deliveredAt, estimatedDelivery } from '@weship/checkout-core'
import { dateFormat } from '../components/delivery-dates.js'
import { DeliveryEstimate } from '../components/delivery-estimate.js'
import { PostalAddress } from '../components/postal-address.js'
import { Receipt } from '../components/receipt.js'
import { useTranslator } from '../components/translator-context.js'
import { ShipmentCard } from './shipment-card.js'

/** The order once opened: status, when it arrives, each package, the address and the receipt. */
export function OrderDetails({ order, tracking }: { order: Order; tracking: Tracking | null }) {
  const { t, locale } = useTranslator()
  const estimate = estimatedDelivery(order, tracking)
  const arrived = deliveredAt(tracking)
  const day = dateFormat(locale, { dateStyle: 'full' })
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
          <dd part="order-status">{t(`orderStatus.orderStates.${order.status}`)}</dd>
        </div>
        <div>
          <dt>{t('orderStatus.estimatedDelivery')}</dt>
          <dd part="delivery">
            {arrived ? (
              <span part="delivered">
                {t('orderStatus.deliveredOn', { date: day.format(new Date(arrived)) })}
              </span>
            ) : (
              <DeliveryEstimate estimate={estimate} />
            )}
          </dd>
        </div>
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
          {t('orderStatus.deliveryAddress')}
        </h3>
        <PostalAddress address={order.shippingAddress} />
      </section>
      <Receipt order={order} />
    </div>
  )
}
