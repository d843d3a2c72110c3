import type { PaymentMethod } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import type { MessageKey } from '../../i18n/message-key.js'
import { cardLabel } from '../../payments/card-label.js'
import { methodName } from '../../payments/method-name.js'
import type { MountedPayment, PaymentProvider } from '../../payments/payment-provider.js'
import { heldPaymentToken, heldTokenFor } from '../../payments/payment-token-store.js'
import { PaymentFields } from './payment-fields.js'

interface MethodDetailsProps {
  method: PaymentMethod
  provider: PaymentProvider | null
  problem: MessageKey | null
  onMount(mounted: MountedPayment | null): void
}

/**
 * What the chosen method needs: nothing for a gift card that pays it all, the card already given
 * (until the shopper wants another), or the provider's fields.
 */
export function MethodDetails({ method, provider, problem, onMount }: MethodDetailsProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const card = heldTokenFor(checkout, method)
  const cart = checkout.cart.value
  const tokenRefused = checkout.fieldErrors.value['payment.token']
  const declined = checkout.paymentStatus.value === 'declined'

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
  const notice = problem ?? (declined ? 'payment.declinedHint' : null)
  return (
    <div class="method-fields">
      {tokenRefused && !problem && <p class="field-error">{t('payment.enterCardAgain')}</p>}
      <PaymentFields method={method} provider={provider} onMount={onMount} />
      {notice && (
        <p part="error payment-error" class="field-error" role="alert">
          {t(notice)}
        </p>
      )}
      <p class="hint">{t('payment.cardSecureHint')}</p>
    </div>
  )
}
