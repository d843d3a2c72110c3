import type { PaymentMethod } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import type { MessageKey } from '../../i18n/message-key.js'
import { cardLabel } from '../../payments/card-label.js'
import { methodName } from '../../payments/method-name.js'
import { paymentFailureKey } from '../../payments/payment-failure.js'
import type { MountedPayment, PaymentProvider } from '../../payments/payment-provider.js'
import { heldPaymentToken, heldTokenFor } from '../../payments/payment-token-store.js'
import { PaymentFields } from './payment-fields.js'

interface MethodDetailsProps {
  method: PaymentMethod
  provider: PaymentProvider | null
  problem: MessageKey | null
  onMount(mounted: MountedPayment | null): void
  onChange(change: { complete: boolean }): void
}

/**
 * What the chosen method needs: nothing for a gift card that pays it all, the card already given
 * (until the shopper wants another), or the provider's fields.
 */
export function MethodDetails(props: MethodDetailsProps) {
  const { method, provider, problem, onMount, onChange } = props
  const checkout = useCheckout()
  const { t } = useTranslator()
  const card = heldTokenFor(checkout, method)
  const cart = checkout.cart.value
  const tokenRefused = checkout.fieldErrors.value['payment.token']
  // Why the shopper is back here: the same words the review said, above the fields to fill.
  const failure = paymentFailureKey(checkout.paymentFailure.value)

  if (!provider) {
    const covered = cart && cart.giftCards.length > 0 && cart.amountDue.amount === 0
    return covered ? (
      <p part="gift-card-covers" class="hint">
        {t('payment.coveredByGiftCard')}
      </p>
    ) : null
  }
  if (card) {
    return (
      <div class="card-on-file">
        <p part="card-on-file">{cardLabel(t, 'payment.cardEnding', card, methodName(t, method))}</p>
        <button
          part="button use-other-card-button"
          class="link-button"
          type="button"
          onClick={() => {
            heldPaymentToken(checkout).value = null
          }}
        >
          {t('payment.useOtherCard')}
        </button>
      </div>
    )
  }
  const cardholderName = cart?.billingAddress?.name ?? cart?.shippingAddress?.name
  return (
    <div class="method-fields">
      {tokenRefused && !problem && <p class="field-error">{t('payment.enterCardAgain')}</p>}
      {failure && !tokenRefused && (
        <p part="error payment-error" class="field-error">
          {t(failure)}
        </p>
      )}
      <PaymentFields
        method={method}
        provider={provider}
        onMount={onMount}
        onChange={onChange}
        cardholderName={cardholderName}
      />
      {problem && (
        <p part="error payment-error" class="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <p class="hint">{t('payment.cardSecureHint')}</p>
    </div>
  )
}
