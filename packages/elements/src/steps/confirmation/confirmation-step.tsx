import { useCheckout } from '../../components/checkout-context.js'
import { ContinueShopping } from '../../components/continue-shopping.js'
import { DeliveryEstimate } from '../../components/delivery-estimate.js'
import { deliveryOptionName } from '../../components/delivery-option-name.js'
import { PostalAddress } from '../../components/postal-address.js'
import { Receipt } from '../../components/receipt.js'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'
import { CreateAccount } from './create-account.js'
import { OrderStatusLink } from './order-status-link.js'

/**
 * The confirmation: the order confirmed by its number, the delivery estimate chosen earlier, a printable receipt, the
 * order status link, and the offer of an account.
 */
export function ConfirmationStep() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const order = checkout.order.value
  if (!order) return null
  const option = order.shippingOption
  // The heading thanks the shopper; this line names the order, once, wherever the language puts it.
  const [before, after] = t('confirmation.thanks', { number: '\u0000' }).split('\u0000')
  return (
    <div class="confirmation">
      <p part="confirmation-message" class="confirmation-message">
        {before}
        <bdi part="order-number">{order.number}</bdi>
        {after}
      </p>
      <p class="hint">{isolated(t, 'confirmation.emailSent', { email: order.email })}</p>
      <section part="delivery" class="confirmation-delivery" aria-labelledby="delivery-title">
        <h3 id="delivery-title" class="subheading">
          {t('confirmation.delivery')}
        </h3>
        <p part="delivery-option">
          {deliveryOptionName(t, option, checkout.shippingOptions.value)}{' '}
          <DeliveryEstimate estimate={option.estimatedDelivery} />
        </p>
        <PostalAddress address={order.shippingAddress} />
      </section>
      <Receipt order={order} />
      <div class="actions confirmation-actions">
        <button
          part="button print-button"
          class="button button-secondary"
          type="button"
          onClick={() => window.print()}
        >
          {t('confirmation.print')}
        </button>
        <OrderStatusLink order={order} />
        <ContinueShopping />
      </div>
      <CreateAccount email={order.email} />
    </div>
  )
}
