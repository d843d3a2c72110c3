import type { PaymentMethod } from '@weship/checkout-core'
import type { Translator } from '../i18n/translator.js'

/** The method's name in the shopper's language; the backend's label names a method we do not know. */
export function methodName(t: Translator['t'], method: PaymentMethod): string {
  switch (method.type) {
    case 'card':
      return t('payment.methods.card')
    case 'gift_card':
      return t('payment.methods.gift_card')
    case 'invoice':
      return t('payment.methods.invoice')
    case 'wallet':
      return method.label
  }
}
