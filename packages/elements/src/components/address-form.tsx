import { addressRules } from '@weship/checkout-core'
import { useEffect, useState } from 'preact/hooks'
import { postalCodeLabel, postalInputMode } from './address-labels.js'
import { AddressLine2 } from './address-line2.js'
import { useCheckout } from './checkout-context.js'
import { defaultCountry } from './country-names.js'
import { autocompletePrefix, CountrySelect } from './country-select.js'
import { RegionSelect } from './region-select.js'
import { TextField } from './text-field.js'
import { useTranslator } from './translator-context.js'

export type AddressSection = 'shippingAddress' | 'billingAddress'

export interface AddressFormProps {
  section: AddressSection
  /** Called when focus leaves the whole address, e.g. to save it and fetch delivery options. */
  onLeave?: () => void
}

/**
 * One address form for every country: labels, postal code keyboard and region list follow the
 * chosen country (core's `addressRules`); the country is preselected from the shopper's locale.
 * Its inputs are bound to the draft, so the step decides when to save.
 */
export function AddressForm({ section, onLeave }: AddressFormProps) {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const draft = checkout[section].value
  const prefix = autocompletePrefix(section)
  const [line2Opened, setLine2Opened] = useState(false)
  const line2Expanded = line2Opened || Boolean(draft.line2)

  useEffect(() => {
    if (checkout[section].peek().country) return
    // Billing starts from the shipping country: most shoppers pay where they live.
    const fromShipping = section === 'billingAddress' && checkout.shippingAddress.peek().country
    const country = fromShipping || defaultCountry(locale, checkout.cart.peek()?.currency)
    checkout.saveDraftField(`${section}.country`, country)
  }, [checkout, section, locale])

  const rules = addressRules(draft.country ?? '')
  const postal = rules.postalCode
  const postalError = checkout.fieldErrors.value[`${section}.postalCode`]
  const title = section === 'shippingAddress' ? 'address.shippingTitle' : 'address.billingTitle'

  return (
    <fieldset
      part="address-form"
      class="address-form"
      onFocusOut={(event) => {
        const next = event.relatedTarget
        if (!(next instanceof Node && event.currentTarget.contains(next))) onLeave?.()
      }}
      onAnimationStart={(event) => {
        // Autofill styles each field it fills with this animation (see address.css).
        if (event.animationName === 'weship-autofill') setLine2Opened(true)
      }}
    >
      <legend part="legend" class="legend">
        {t(title)}
      </legend>
      <CountrySelect
        section={section}
        onCountry={() => checkout.saveDraftField(`${section}.region`, '')}
      />
      <TextField
        path={`${section}.name`}
        label={t('address.name')}
        autocomplete={`${prefix} name`}
      />
      <TextField
        path={`${section}.line1`}
        label={t('address.line1')}
        autocomplete={`${prefix} address-line1`}
      />
      <AddressLine2
        section={section}
        expanded={line2Expanded}
        onExpand={() => setLine2Opened(true)}
      />
      <div class="address-row">
        <TextField
          path={`${section}.city`}
          label={t('address.city')}
          autocomplete={`${prefix} address-level2`}
        />
        {rules.regions.length > 0 && <RegionSelect section={section} rules={rules} />}
        <TextField
          path={`${section}.postalCode`}
          label={t(postalCodeLabel(rules))}
          autocomplete={`${prefix} postal-code`}
          inputMode={postalInputMode(rules)}
          optional={!postal}
          {...(postal && postalError
            ? { hint: t('address.postalExample', { example: postal.example }) }
            : {})}
        />
      </div>
      {section === 'shippingAddress' && (
        <TextField
          path={`${section}.phone`}
          label={t('address.phone')}
          autocomplete={`${prefix} tel`}
          type="tel"
          inputMode="tel"
          optional
          hint={t('address.phoneHint')}
        />
      )}
    </fieldset>
  )
}
