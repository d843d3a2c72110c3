import type { ShippingOption } from '@weship/checkout-core'
import { DeliveryEstimate } from '../../components/delivery-estimate.js'
import { deliveryOptionName } from '../../components/delivery-option-name.js'
import { MoneyText } from '../../components/money-text.js'
import { useTranslator } from '../../components/translator-context.js'

interface DeliveryOptionProps {
  option: ShippingOption
  /** Every option offered, to tell apart two of one kind. */
  options: readonly ShippingOption[]
  checked: boolean
  onSelect: (optionId: string) => void
}

/** One delivery option as a radio: what it is, when it arrives, what it costs. */
export function DeliveryOption({ option, options, checked, onSelect }: DeliveryOptionProps) {
  const { t } = useTranslator()
  const id = `shipping-option-${option.id}`
  return (
    <label part="shipping-option" class="shipping-option" for={id}>
      <input
        type="radio"
        id={id}
        name="shippingOptionId"
        value={option.id}
        checked={checked}
        onChange={() => onSelect(option.id)}
      />
      <span class="shipping-option-text">
        <span part="shipping-option-label" class="shipping-option-label">
          {deliveryOptionName(t, option, options)}
          {option.carrier && (
            <span class="shipping-option-carrier">
              {' · '}
              <bdi>{option.carrier}</bdi>
            </span>
          )}
        </span>{' '}
        <DeliveryEstimate estimate={option.estimatedDelivery} />
      </span>{' '}
      <span part="shipping-option-price" class="shipping-option-price">
        {option.price.amount === 0 ? t('shipping.free') : <MoneyText value={option.price} />}
      </span>
    </label>
  )
}
