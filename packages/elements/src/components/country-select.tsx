import type { AddressSection } from './address-form.js'
import { countryOptions } from './country-names.js'
import { SelectField } from './select-field.js'
import { useTranslator } from './translator-context.js'

interface CountrySelectProps {
  section: AddressSection
  /** Lets the form drop what belonged to the previous country (its region). */
  onCountry?: (country: string) => void
}

/** Every country, named and sorted in the shopper's language; the form preselects one. */
export function CountrySelect({ section, onCountry }: CountrySelectProps) {
  const { t, locale } = useTranslator()
  return (
    <SelectField
      path={`${section}.country`}
      label={t('address.country')}
      autocomplete={`${autocompletePrefix(section)} country`}
      options={countryOptions(locale)}
      {...(onCountry ? { onValue: onCountry } : {})}
    />
  )
}

/** `shipping` or `billing`, the section token that starts every address autocomplete value. */
export function autocompletePrefix(section: AddressSection): 'shipping' | 'billing' {
  return section === 'shippingAddress' ? 'shipping' : 'billing'
}
