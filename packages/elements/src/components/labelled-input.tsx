import type { ComponentChildren, Ref } from 'preact'

export interface LabelledInputProps {
  id: string
  name: string
  label: ComponentChildren
  type: 'text' | 'email' | 'tel' | 'password'
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | undefined
  autocomplete: string
  value: string
  required: boolean
  spellcheck?: boolean
  hint?: string | undefined
  /** This field's message, in the shopper's words. */
  error?: string | undefined
  /** A message outside the field that also concerns it (the form's "no such order"). */
  sharedErrorId?: string | undefined
  inputRef?: Ref<HTMLInputElement> | undefined
  onValue: (value: string) => void
  onBlur?: (event: FocusEvent) => void
}

/**
 * The markup every text input of ours shares: its label, the input, a hint and an error, the
 * latter two linked by `aria-describedby` (DESIGN §5). Where the value lives is the caller's
 * business: the draft (TextField), or the form alone (accounts, the order lookup).
 */
export function LabelledInput(props: LabelledInputProps) {
  const errorId = props.error ? `${props.id}-error` : undefined
  const hintId = props.hint ? `${props.id}-hint` : undefined
  const describedBy = [errorId, props.sharedErrorId, hintId].filter(Boolean).join(' ') || undefined
  const invalid = Boolean(props.error || props.sharedErrorId)
  return (
    <div part="field" class={props.error ? 'field field-invalid' : 'field'}>
      <label part="label" class="label" for={props.id}>
        {props.label}
      </label>
      <input
        part="input"
        class="input"
        id={props.id}
        name={props.name}
        ref={props.inputRef}
        // Preact types `type` as a union per input kind; all of ours take text.
        type={props.type as 'text'}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
        value={props.value}
        required={props.required}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p part="error field-error" class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  )
}
