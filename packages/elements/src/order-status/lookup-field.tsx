import type { Ref } from 'preact'
import { LabelledInput } from '../components/labelled-input.js'

export interface LookupFieldProps {
  id: string
  label: string
  type: 'text' | 'email'
  autocomplete: string
  value: string
  onValue: (value: string) => void
  /** This field's own message, if any. */
  error: string | undefined
  /** The form's message (no such order) that this field shares. */
  formErrorId: string | undefined
  inputRef?: Ref<HTMLInputElement>
}

/** A labelled input of the verification form; its errors are linked by aria-describedby. */
export function LookupField(props: LookupFieldProps) {
  return (
    <LabelledInput
      id={props.id}
      name={props.id}
      label={props.label}
      type={props.type}
      autocomplete={props.autocomplete}
      spellcheck={false}
      value={props.value}
      required
      error={props.error}
      sharedErrorId={props.formErrorId}
      inputRef={props.inputRef}
      onValue={props.onValue}
    />
  )
}
