import type { Ref } from 'preact'

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
  const errorId = props.error ? `${props.id}-error` : undefined
  const describedBy = [errorId, props.formErrorId].filter(Boolean).join(' ') || undefined
  return (
    <div part="field" class={props.error ? 'field field-invalid' : 'field'}>
      <label part="label" class="label" for={props.id}>
        {props.label}
      </label>
      <input
        part="input"
        class="input"
        id={props.id}
        name={props.id}
        ref={props.inputRef}
        // Preact types `type` as a union per input kind; both of ours take text.
        type={props.type as 'text'}
        autocomplete={props.autocomplete}
        spellcheck={false}
        value={props.value}
        required
        aria-invalid={props.error || props.formErrorId ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      {props.error && (
        <p part="field-error" class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  )
}
