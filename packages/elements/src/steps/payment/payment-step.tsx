import { useEffect, useState } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { focusFirstError } from '../../components/focus-first-error.js'
import { useTranslator } from '../../components/translator-context.js'
import { usePaymentProvider } from '../../payments/payment-providers.js'
import { selectedPaymentMethod } from '../../payments/payment-token-store.js'
import { BillingChoice } from './billing-choice.js'
import { MethodDetails } from './method-details.js'
import { PaymentMethodChoice } from './payment-method-choice.js'
import { useContinueToReview } from './use-continue-to-review.js'

/**
 * The payment step: the adapter's methods, the chosen one's fields (hosted card fields in an
 * iframe), the billing address, and "Continue to review", which tokenizes the card.
 */
export function PaymentStep() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  // Reloaded on every visit: a gift card applied meanwhile changes what the cart can be paid with.
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    void checkout.loadPaymentMethods().then(() => setLoaded(true))
  }, [checkout])
  const methods = checkout.paymentMethods.value
  const method = selectedPaymentMethod(checkout)
  const provider = usePaymentProvider(method)
  const { save, busy, problem, onMount, onChange } = useContinueToReview(method, provider)
  if (methods.length === 0 && !loaded) {
    return (
      <p class="status" role="status">
        <span class="spinner" aria-hidden="true" />
        {t('payment.loading')}
      </p>
    )
  }
  if (methods.length === 0) {
    // A failed load is the error banner's, with "Try again".
    return checkout.error.value ? null : <p class="hint">{t('payment.noMethods')}</p>
  }
  return (
    <form
      class="form payment"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const form = event.currentTarget
        void save().then((saved) => {
          if (saved) checkout.next()
          else focusFirstError(form)
        })
      }}
    >
      <PaymentMethodChoice methods={methods} />
      {method && (
        <MethodDetails
          method={method}
          provider={provider}
          problem={problem}
          onMount={onMount}
          onChange={onChange}
        />
      )}
      <BillingChoice />
      <button
        part="button continue-button"
        class="button"
        type="submit"
        aria-disabled={busy || !method}
      >
        {busy && <span class="spinner" aria-hidden="true" />}
        {t('payment.continue')}
      </button>
    </form>
  )
}
