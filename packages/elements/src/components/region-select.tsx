import { type AddressFormat, isLocalReader, type Region } from '@weship/checkout-core'
import type { AddressSection } from './address-form.js'
import { autocompletePrefix } from './country-select.js'
import { SelectField } from './select-field.js'
import { useTranslator } from './translator-context.js'

interface RegionSelectProps {
  section: AddressSection
  /** The chosen country's format; render only when it lists regions. */
  format: AddressFormat
  label: string
  optional: boolean
}

/**
 * The country's list of states, prefectures, emirates or counties, with core's codes as values.
 * Readers of the country's language see the local names; others see the Latin name with the
 * local one beside it ("Tokyo (東京都)"), so either matches what they have on paper.
 */
export function RegionSelect({ section, format, label, optional }: RegionSelectProps) {
  const { t, language } = useTranslator()
  const local = isLocalReader(format, language)
  const name = (region: Region) =>
    local || !region.latin
      ? region.name
      : t('address.regionNames', { latin: region.latin, local: region.name })
  return (
    <SelectField
      path={`${section}.region`}
      label={label}
      autocomplete={`${autocompletePrefix(section)} address-level1`}
      options={format.regions.map((region) => ({ value: region.code, label: name(region) }))}
      placeholder={t('address.choose')}
      optional={optional}
    />
  )
}
