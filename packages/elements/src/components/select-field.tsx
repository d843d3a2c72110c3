import type { DraftFieldPath } from '@weship/checkout-core'
import { fieldErrorKey } from '../i18n/field-error.js'
import { useCheckout } from './checkout-context.js'
import { checkOnBlur } from './checks-on-blur.js'
import { draftValue } from './draft-value.js'
import { fieldId } from './text-field.js'
import { useTranslator } from './translator-context.js'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectFieldProps {
  /** The draft path the select edits, such as `shippingAddress.country`; also its `name`. */
  path: DraftFieldPath
  label: string
  autocomplete: string
  options: readonly SelectOption[]
  /** Text of the empty first choice; without it the select always holds one of `options`. */
  placeholder?: string
  /** Called after the value is saved, e.g. to clear a region that belongs to another country. */
  onValue?: (value: string) => void
  /** Shown after the label as "(optional)"; the empty first choice then stays a valid one. */
  optional?: boolean
}

/**
 * The select counterpart of TextField: a labelled `<select>` bound to the draft, saved on change,
 * checked on blur, its error text linked by `aria-describedby`.
 */
export function SelectField(props: SelectFieldProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const { path } = props
  const id = fieldId(path)
  const value = draftValue(checkout, path)
  const error = checkout.fieldErrors.value[path]
  const errorId = error ? `${id}-error` : undefined
  return (
    <div part="field" class={error ? 'field field-invalid' : 'field'}>
      <label part="label" class="label" for={id}>
        {props.label}
        {props.optional && <span class="optional"> {t('fields.optional')}</span>}
      </label>
      <select
        part="input select"
        class="select"
        id={id}
        name={path}
        autocomplete={props.autocomplete}
        required={!props.optional}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          const next = event.currentTarget.value
          checkout.saveDraftField(path, next as never)
          props.onValue?.(next)
        }}
        onBlur={(event) => {
          checkOnBlur(event, () => checkout.validateField(path))
        }}
      >
        {props.placeholder !== undefined && (
          <option value="" selected={!value}>
            {props.placeholder}
          </option>
        )}
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p part="error field-error" class="field-error" id={errorId}>
          {t(fieldErrorKey(error.reason))}
        </p>
      )}
    </div>
  )
}
