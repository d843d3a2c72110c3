import type { Cart, PaymentMethod } from '@weship/checkout-core'
import { cardBrands } from './card-number.js'

export const CARD_METHOD_ID = 'card'
export const GIFT_CARD_METHOD_ID = 'gift_card'

/** True when the cart's gift cards pay its whole total, so no other method is needed. */
export function giftCardsCoverTotal(cart: Cart): boolean {
  return cart.giftCards.length > 0 && cart.amountDue.amount === 0
}

/**
 * How this cart can be paid: by card through the payment origin's hosted fields, or by its gift
 * cards alone once they cover the total. The widget adds `?origin=<its origin>` to the fields URL.
 */
export function paymentMethodsFor(cart: Cart, paymentOrigin: string): PaymentMethod[] {
  if (giftCardsCoverTotal(cart)) {
    return [{ id: GIFT_CARD_METHOD_ID, type: 'gift_card', label: 'Gift card' }]
  }
  return [
    {
      id: CARD_METHOD_ID,
      type: 'card',
      label: 'Card',
      hostedFieldsUrl: `${paymentOrigin}/hosted-fields`,
      brands: [...cardBrands],
    },
  ]
}
