import { isPaymentInFlight } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { CardNeeded } from './card-needed.js'
import { NewTotals } from './new-totals.js'
import { PendingPaymentAction } from './pending-payment-action.js'
import { PlaceOrderButton } from './place-order-button.js'
import { ReviewDetails } from './review-details.js'
import { usePlaceOrder } from './use-place-order.js'

/**
 * The review step: every section with "Edit", then "Pay €42.90". A decline, new totals and a
 * payment action (3-D Secure) all happen here, keeping everything the shopper entered. Without a
 * card to pay with (a decline used it up, a reload forgot it) the one action is to give it again.
 */
export function ReviewStep() {
  const checkout = useCheckout()
  const { placeOrder, needsCard } = usePlaceOrder()
  const fresh = checkout.conflict.value
  const action = checkout.pendingAction.value
  // While the bank's check is open the card is in use, not missing.
  const paying = isPaymentInFlight(checkout.paymentStatus.value)
  return (
    <div class="review">
      <ReviewDetails />
      {fresh && <NewTotals fresh={fresh} />}
      <div class="actions">
        {needsCard && !paying ? (
          <CardNeeded />
        ) : (
          <PlaceOrderButton onPress={() => void placeOrder()} />
        )}
      </div>
      {action && <PendingPaymentAction action={action} />}
    </div>
  )
}
