import { useEffect, useRef } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'

/**
 * A decline in generic words (the reason stays with the merchant), focused when it appears so
 * the shopper hears it, with the ways on: the same card again, or another method.
 */
export function PaymentDeclined() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => {
    alert.current?.focus()
  }, [])
  const several = checkout.paymentMethods.value.length > 1
  return (
    <div part="error payment-declined" class="error" role="alert" tabIndex={-1} ref={alert}>
      <p part="error-message" class="error-message">
        {t('review.declined')}
      </p>
      <div class="error-actions">
        {/* The token was used up: trying again means the card fields once more. */}
        <button
          part="button retry-payment-button"
          class="button"
          type="button"
          onClick={() => checkout.goTo('payment')}
        >
          {t('review.tryAgain')}
        </button>
        {several && (
          <button
            part="button change-payment-button"
            class="button button-secondary"
            type="button"
            onClick={() => checkout.goTo('payment')}
          >
            {t('review.changeMethod')}
          </button>
        )}
      </div>
    </div>
  )
}
