import { useEffect, useRef } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { paymentFailureKey } from '../../payments/payment-failure.js'

/**
 * In place of "Pay" when no card is held to pay with: why (a decline, a wrong security code, a
 * failed or cancelled bank check, or a reload, which forgets card details), and the one way on,
 * to the card fields. A failure takes focus when it appears, so the shopper hears it.
 */
export function CardNeeded() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const notice = useRef<HTMLDivElement>(null)
  const failure = paymentFailureKey(checkout.paymentFailure.value)
  useEffect(() => {
    if (failure) notice.current?.focus()
  }, [failure])
  const several = checkout.paymentMethods.value.length > 1
  const action = (
    <button
      part="button retry-payment-button"
      class="button"
      type="button"
      onClick={() => checkout.goTo('payment')}
    >
      {t(several ? 'review.choosePayment' : 'review.enterCard')}
    </button>
  )
  if (!failure) {
    return (
      <div part="card-needed" class="card-needed">
        <p class="hint">{t('review.cardNeeded')}</p>
        {action}
      </div>
    )
  }
  return (
    <div part="error payment-declined" class="error" role="alert" tabIndex={-1} ref={notice}>
      <p part="error-message" class="error-message">
        {t(failure)}
      </p>
      <div class="error-actions">{action}</div>
    </div>
  )
}
