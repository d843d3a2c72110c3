import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { NewTotals } from './new-totals.js'
import { PaymentDeclined } from './payment-declined.js'
import { PendingPaymentAction } from './pending-payment-action.js'
import { PlaceOrderButton } from './place-order-button.js'
import { ReviewDetails } from './review-details.js'
import { usePlaceOrder } from './use-place-order.js'

/**
 * The review step: every section with "Edit", then "Pay €42.90". A decline, new totals and a
 * payment action (3-D Secure) all happen here, keeping everything the shopper entered.
 */
export function ReviewStep() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const { placeOrder, needsCard, hasToken } = usePlaceOrder()
  const status = checkout.paymentStatus.value
  const error = checkout.error.value
  const fresh = checkout.conflict.value
  const action = checkout.pendingAction.value
  // Once a new card is held, the old decline is history.
  const declined = status === 'declined' && error?.code === 'PAYMENT_DECLINED' && !hasToken
  return (
    <div class="review">
      <ReviewDetails />
      {declined && <PaymentDeclined />}
      {fresh && <NewTotals fresh={fresh} />}
      <div class="actions">
        {needsCard && !declined && <p class="hint">{t('review.cardNeeded')}</p>}
        <PlaceOrderButton onPress={() => void placeOrder()} />
      </div>
      {action && <PendingPaymentAction action={action} />}
    </div>
  )
}
