import type { Cart, PaymentMethod } from '@weship/checkout-core'
import { cardBrands } from './card-number.js'
import type { StripeProcessor } from './stripe/stripe-processor.js'

export const CARD_METHOD_ID = 'card'
export const GIFT_CARD_METHOD_ID = 'gift_card'

/** True when the cart's gift cards pay its whole total, so no other method is needed. */
export function giftCardsCoverTotal(cart: Cart): boolean {
  return cart.giftCards.length > 0 && cart.amountDue.amount === 0
}

/**
 * How this cart can be paid: by card through Stripe in Stripe mode, else through the payment
 * origin's hosted fields (the widget adds `?origin=<its origin>` to their URL); or by its gift
 * cards alone once they cover the total.
 */
export function paymentMethodsFor(
  cart: Cart,
  payments: { origin: string; stripe?: StripeProcessor | undefined },
): PaymentMethod[] {
  if (giftCardsCoverTotal(cart)) {
    return [{ id: GIFT_CARD_METHOD_ID, type: 'gift_card', label: 'Gift card' }]
  }
  if (payments.stripe) return [structuredClone(payments.stripe.method)]
  return [
    {
      id: CARD_METHOD_ID,
      type: 'card',
      label: 'Card',
      hostedFieldsUrl: `${payments.origin}/hosted-fields`,
      brands: [...cardBrands],
    },
  ]
}
