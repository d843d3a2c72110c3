import type { AddressFormat, AddressFormField } from '@weship/checkout-core'
import type { AddressSection } from './address-form.js'
import { addressLabelKey, postalInputMode } from './address-labels.js'
import { AddressLine2 } from './address-line2.js'
import { useCheckout } from './checkout-context.js'
import { autocompletePrefix } from './country-select.js'
import { RegionSelect } from './region-select.js'
import { TextField } from './text-field.js'
import { useTranslator } from './translator-context.js'

interface AddressFieldProps {
  section: AddressSection
  field: AddressFormField
  format: AddressFormat | null
  /** Line 2 opens with the street: by its button, or when autofill fills the form. */
  line2: { expanded: boolean; expand: () => void }
}

/** One input of the address form, named and keyed the way its country asks for it. */
export function AddressField({ section, field, format, line2 }: AddressFieldProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const prefix = autocompletePrefix(section)
  const label = field.label ? t(addressLabelKey(field.label)) : ''
  const optional = !field.required
  switch (field.input) {
    case 'name':
      return (
        <TextField
          path={`${section}.name`}
          label={t('address.name')}
          autocomplete={`${prefix} name`}
        />
      )
    case 'street':
      return (
        <>
          <TextField
            path={`${section}.line1`}
            label={t('address.line1')}
            autocomplete={`${prefix} address-line1`}
          />
          <AddressLine2 section={section} expanded={line2.expanded} onExpand={line2.expand} />
        </>
      )
    case 'city':
      return (
        <TextField
          path={`${section}.city`}
          label={label}
          autocomplete={`${prefix} address-level2`}
          optional={optional}
        />
      )
    case 'region':
      return format && format.regions.length > 0 ? (
        <RegionSelect section={section} format={format} label={label} optional={optional} />
      ) : (
        <TextField
          path={`${section}.region`}
          label={label}
          autocomplete={`${prefix} address-level1`}
          optional={optional}
        />
      )
    case 'postalCode': {
      const example = format?.postalCode?.example
      const error = checkout.fieldErrors.value[`${section}.postalCode`]
      return (
        <TextField
          path={`${section}.postalCode`}
          label={label}
          autocomplete={`${prefix} postal-code`}
          inputMode={format ? postalInputMode(format) : 'text'}
          optional={optional}
          // The country's example shows once the code is refused, beside the error.
          {...(example && error ? { hint: t('address.postalExample', { example }) } : {})}
        />
      )
    }
  }
}
