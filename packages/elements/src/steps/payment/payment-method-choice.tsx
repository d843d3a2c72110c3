import type { PaymentMethod } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { methodName } from '../../payments/method-name.js'

/** The methods as a radio group; with one method there is nothing to choose, so it is a heading. */
export function PaymentMethodChoice({ methods }: { methods: readonly PaymentMethod[] }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const selectedId = checkout.selectedPaymentMethodId.value
  const [only] = methods
  if (methods.length === 1 && only) {
    return (
      <h3 part="payment-method" class="subheading">
        {methodName(t, only)}
      </h3>
    )
  }
  return (
    <fieldset part="payment-methods" class="payment-methods">
      <legend class="label">{t('payment.methodLegend')}</legend>
      {methods.map((method) => (
        <label key={method.id} part="payment-method" class="choice payment-method">
          <input
            type="radio"
            name="paymentMethod"
            value={method.id}
            checked={method.id === selectedId}
            onChange={() => checkout.selectPaymentMethod(method.id)}
          />
          <span>{methodName(t, method)}</span>
        </label>
      ))}
    </fieldset>
  )
}
