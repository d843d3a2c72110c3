import { formatMoney, isPaymentInFlight } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'

interface PlaceOrderButtonProps {
  onPress(): void
}

/**
 * "Pay €42.90": the amount due on the button. While placing it stays focusable and announced as
 * busy (`aria-disabled`, never `disabled`, which would drop focus to the page).
 */
export function PlaceOrderButton({ onPress }: PlaceOrderButtonProps) {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const cart = checkout.cart.value
  const status = checkout.paymentStatus.value
  const placing = isPaymentInFlight(status)
  const unavailable = placing || !checkout.canPlaceOrder.value
  const amountDue = cart?.amountDue
  const label = placing
    ? t('review.placing')
    : amountDue && amountDue.amount > 0
      ? t('review.pay', { amount: formatMoney(amountDue, locale) })
      : t('review.placeOrder')
  return (
    <button
      part="button place-order-button"
      class="button place-order"
      type="button"
      aria-disabled={unavailable}
      aria-busy={placing}
      onClick={() => {
        if (!unavailable) onPress()
      }}
    >
      {placing && <span class="spinner" aria-hidden="true" />}
      {label}
    </button>
  )
}
