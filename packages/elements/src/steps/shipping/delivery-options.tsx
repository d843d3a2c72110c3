import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { fieldErrorKey } from '../../i18n/field-error.js'
import { DeliveryOption } from './delivery-option.js'

interface DeliveryOptionsProps {
  /** The cart holds the typed address, so the list (or its absence) is for this address. */
  addressSaved: boolean
}

/** The delivery options for the saved address as one radio group; choosing one saves it. */
export function DeliveryOptions({ addressSaved }: DeliveryOptionsProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const options = checkout.shippingOptions.value
  const busy = checkout.busy.value
  const loading = busy.has('setShippingAddress') || busy.has('loadShippingOptions')
  const error = checkout.fieldErrors.value.shippingOptionId
  if (options.length === 0) {
    const key = loading
      ? 'shipping.loading'
      : addressSaved
        ? 'shipping.none'
        : 'shipping.enterAddress'
    return (
      <p part="shipping-options-status" class="hint" role="status">
        {t(key)}
      </p>
    )
  }
  return (
    <fieldset
      part="shipping-options"
      class="shipping-options"
      aria-busy={loading ? 'true' : undefined}
      aria-describedby={error ? 'shipping-options-error' : undefined}
    >
      <legend part="legend" class="legend">
        {t('shipping.optionsTitle')}
      </legend>
      {options.map((option) => (
        <DeliveryOption
          key={option.id}
          option={option}
          options={options}
          checked={option.id === checkout.selectedShippingOptionId.value}
          onSelect={(id) => void checkout.selectShippingOption(id)}
        />
      ))}
      {error && (
        <p part="error field-error" class="field-error" id="shipping-options-error">
          {t(fieldErrorKey(error.reason))}
        </p>
      )}
    </fieldset>
  )
}
