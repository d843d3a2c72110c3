import type { DraftFieldPath } from '@weship/checkout-core'
import { fieldErrorKey } from '../i18n/field-error.js'
import { useCheckout } from './checkout-context.js'
import { checkOnBlur } from './checks-on-blur.js'
import { draftValue } from './draft-value.js'
import { LabelledInput } from './labelled-input.js'
import { useTranslator } from './translator-context.js'

export interface TextFieldProps {
  /** The draft path the field edits, such as `contact.email`; also its stable `name` and `id`. */
  path: DraftFieldPath
  label: string
  /** The DESIGN §5 autocomplete token, such as `shipping address-line1`. */
  autocomplete: string
  type?: 'text' | 'email' | 'tel'
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal'
  /** Shown after the label as "(optional)". */
  optional?: boolean
  hint?: string
  /** Lets a parent react to autofill, e.g. open the collapsed address line 2. */
  onValue?: (value: string) => void
}

/** Field ids live in the shadow root, so `.` is safe and keeps them equal to the draft path. */
export const fieldId = (path: string) => `field-${path}`

/**
 * A labelled input bound to the checkout draft: saved on every keystroke, checked on blur, its
 * error shown as text linked by `aria-describedby` and cleared on the first valid keystroke.
 */
export function TextField(props: TextFieldProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const { path } = props
  const id = fieldId(path)
  const value = draftValue(checkout, path)
  const error = checkout.fieldErrors.value[path]
  return (
    <LabelledInput
      id={id}
      name={path}
      label={
        <>
          {props.label}
          {props.optional && <span class="optional"> {t('fields.optional')}</span>}
        </>
      }
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      autocomplete={props.autocomplete}
      value={value}
      required={!props.optional}
      hint={props.hint}
      error={error && t(fieldErrorKey(error.reason))}
      onValue={(next) => {
        checkout.saveDraftField(path, next as never)
        props.onValue?.(next)
      }}
      onBlur={(event) => {
        // Leaving an untouched optional field says nothing; leaving a typed one checks it.
        if (value || !props.optional) checkOnBlur(event, () => checkout.validateField(path))
      }}
    />
  )
}
