import { formatMoney, type Money } from '@weship/checkout-core'
import { useTranslator } from './translator-context.js'

/** An amount formatted for the shopper's locale; digits stay aligned in columns. */
export function MoneyText({ value }: { value: Money }) {
  const { locale } = useTranslator()
  return <span class="money">{formatMoney(value, locale)}</span>
}
