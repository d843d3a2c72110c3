import type { AddressRules } from '@weship/checkout-core'
import type { AddressSection } from './address-form.js'
import { regionLabel } from './address-labels.js'
import { autocompletePrefix } from './country-select.js'
import { SelectField } from './select-field.js'
import { useTranslator } from './translator-context.js'

interface RegionSelectProps {
  section: AddressSection
  /** The chosen country's rules; render only when they list regions. */
  rules: AddressRules
}

/** The state, province or prefecture list of the chosen country (core's list, core's codes). */
export function RegionSelect({ section, rules }: RegionSelectProps) {
  const { t } = useTranslator()
  const options = rules.regions.map((region) => ({ value: region.code, label: region.name }))
  return (
    <SelectField
      path={`${section}.region`}
      label={t(regionLabel(rules))}
      autocomplete={`${autocompletePrefix(section)} address-level1`}
      options={options}
      placeholder={t('address.choose')}
    />
  )
}
