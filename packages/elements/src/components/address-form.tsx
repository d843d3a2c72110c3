import { type AddressFormField, addressFormRows, countryName } from '@weship/checkout-core'
import { useEffect, useState } from 'preact/hooks'
import { AddressField } from './address-field.js'
import { useCheckout } from './checkout-context.js'
import { defaultCountry } from './country-names.js'
import { autocompletePrefix, CountrySelect } from './country-select.js'
import { TextField } from './text-field.js'
import { useTranslator } from './translator-context.js'

export type AddressSection = 'shippingAddress' | 'billingAddress'

export interface AddressFormProps {
  section: AddressSection
}

/**
 * One address form for every country, from the country's address data (core's
 * `addressFormRows`): its fields in its own order and rows, named as it names them ("State",
 * "Prefecture", "Eircode"), required where its post needs them. The country is preselected from
 * the shopper's locale; the form shows once its data is here. Inputs are bound to the draft, so
 * the step decides when to save.
 */
export function AddressForm({ section }: AddressFormProps) {
  const checkout = useCheckout()
  const { t, locale, language } = useTranslator()
  const draft = checkout[section].value
  const format = checkout[`${section}Format`].value
  const prefix = autocompletePrefix(section)
  const [line2Opened, setLine2Opened] = useState(false)
  const line2 = {
    expanded: line2Opened || Boolean(draft.line2),
    expand: () => setLine2Opened(true),
  }

  useEffect(() => {
    if (checkout[section].peek().country) return
    // Billing starts from the shipping country: most shoppers pay where they live.
    const fromShipping = section === 'billingAddress' && checkout.shippingAddress.peek().country
    const country = fromShipping || defaultCountry(locale, checkout.cart.peek()?.currency)
    checkout.saveDraftField(`${section}.country`, country)
  }, [checkout, section, locale])

  const title = section === 'shippingAddress' ? 'address.shippingTitle' : 'address.billingTitle'
  const field = (item: AddressFormField) => (
    <AddressField key={item.input} section={section} field={item} format={format} line2={line2} />
  )

  return (
    <fieldset
      part="address-form"
      class="address-form"
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
      {format ? (
        addressFormRows(format, language).map((row) =>
          row.length === 1 ? (
            field(row[0] as AddressFormField)
          ) : (
            <div key={row.map((item) => item.input).join()} class="address-row">
              {row.map(field)}
            </div>
          ),
        )
      ) : (
        // Reserves the form's room while its country's data arrives (a small file, usually
        // here before the shopper reaches the step).
        <p class="address-loading" role="status">
          {draft.country &&
            t('address.loadingForm', { country: countryName(draft.country, locale) })}
        </p>
      )}
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
