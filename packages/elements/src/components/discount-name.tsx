import type { Discount } from '@weship/checkout-core'
import { isolated } from '../i18n/isolated.js'
import type { MessageKey } from '../i18n/message-key.js'
import { useTranslator } from './translator-context.js'

interface DiscountNameProps {
  discount: Discount
  /** "Discount ({{code}})" of the caller's group: the receipt's words travel with the status page. */
  byCode: MessageKey
}

/**
 * A discount line's name in the shopper's language: "Discount (WELCOME10)" by its code, as
 * checkout pages name them. Only a discount without a code (an automatic one) shows the
 * backend's label, which is the merchant's own text (ADR 0023).
 */
export function DiscountName({ discount, byCode }: DiscountNameProps) {
  const { t } = useTranslator()
  return discount.code ? isolated(t, byCode, { code: discount.code }) : discount.label
}
