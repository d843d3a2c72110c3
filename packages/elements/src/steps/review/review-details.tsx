import { formatMoney } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { DeliveryEstimate } from '../../components/delivery-estimate.js'
import { deliveryOptionName } from '../../components/delivery-option-name.js'
import { PostalAddress } from '../../components/postal-address.js'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'
import { cardLabel } from '../../payments/card-label.js'
import { methodName } from '../../payments/method-name.js'
import { heldTokenFor, selectedPaymentMethod } from '../../payments/payment-token-store.js'
import { ReviewSection } from './review-section.js'

/** Contact, delivery and payment as the server has them, each with "Edit". */
export function ReviewDetails() {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const cart = checkout.cart.value
  if (!cart) return null
  const option = checkout.shippingOptions.value.find((o) => o.id === cart.shippingOptionId)
  const method = selectedPaymentMethod(checkout)
  const card = heldTokenFor(checkout, method)
  return (
    <div class="review-sections">
      <ReviewSection id="contact" title={t('review.contactTitle')} step="contact">
        <p>
          <bdi>{cart.contact?.email}</bdi>
        </p>
      </ReviewSection>
      <ReviewSection id="shipping" title={t('review.shippingTitle')} step="shipping">
        {cart.shippingAddress && <PostalAddress address={cart.shippingAddress} />}
        {option && (
          <p part="delivery-option" class="delivery-choice">
            <span>{deliveryOptionName(t, option, checkout.shippingOptions.value)}</span>{' '}
            <DeliveryEstimate estimate={option.estimatedDelivery} />
          </p>
        )}
      </ReviewSection>
      <ReviewSection id="payment" title={t('review.paymentTitle')} step="payment">
        {method && (
          <p part="payment-method">
            {card
              ? cardLabel(t, 'payment.cardEnding', card, methodName(t, method))
              : methodName(t, method)}
          </p>
        )}
        {cart.giftCards.map((giftCard) => (
          <p key={giftCard.id} part="gift-card">
            {isolated(t, 'review.giftCardPays', {
              last4: giftCard.last4,
              amount: formatMoney(giftCard.amount, locale),
            })}
          </p>
        ))}
        {cart.billingAddress ? (
          <>
            <h4 class="label">{t('address.billingTitle')}</h4>
            <PostalAddress address={cart.billingAddress} />
          </>
        ) : (
          <p>{t('review.billingSame')}</p>
        )}
      </ReviewSection>
    </div>
  )
}
