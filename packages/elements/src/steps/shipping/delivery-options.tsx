import type { DeliveryStatus } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useSteadyWhilePressed } from '../../components/pointer-press.js'
import { useTranslator } from '../../components/translator-context.js'
import { fieldErrorKey } from '../../i18n/field-error.js'
import type { MessageKey } from '../../i18n/message-key.js'
import { DeliveryOption } from './delivery-option.js'
import { PickupPoints } from './pickup-points.js'

const statusText: Record<Exclude<DeliveryStatus, 'ready'>, MessageKey> = {
  'address-needed': 'shipping.enterAddress',
  'address-invalid': 'shipping.checkAddress',
  loading: 'shipping.loading',
  none: 'shipping.none',
  failed: 'shipping.unavailable',
}

/**
 * The delivery options for the typed address as one radio group; choosing one saves it. Their
 * place is kept while they load, and nothing in it changes while a pointer is held down, so the
 * Continue button below never moves under a click.
 */
export function DeliveryOptions() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const status = useSteadyWhilePressed(checkout.deliveryStatus.value)
  const options = checkout.shippingOptions.value
  const error = checkout.fieldErrors.value.shippingOptionId
  const selected = options.find((option) => option.id === checkout.selectedShippingOptionId.value)
  return (
    <>
      <div class="shipping-options-area">
        {status === 'ready' ? (
          <fieldset
            part="shipping-options"
            class="shipping-options"
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
        ) : (
          // Where the options will be: their title, and what they wait for.
          <>
            <p class="legend" aria-hidden="true">
              {t('shipping.optionsTitle')}
            </p>
            <p part="shipping-options-status" class="hint shipping-options-status" role="status">
              {status === 'loading' && <span class="spinner" aria-hidden="true" />}
              {t(statusText[status])}
            </p>
          </>
        )}
      </div>
      {status === 'ready' && selected && <PickupPoints option={selected} />}
    </>
  )
}
