import type { CheckoutFieldError } from '@weship/checkout-core'
import { fieldErrorKey } from '../i18n/field-error.js'
import { isMessageKey } from '../i18n/message-key.js'
import { useTranslator } from './translator-context.js'

export interface AccountFieldProps {
  /** The field's path in `fieldErrors` (`signIn.email`, `account.password`); also its `name`. */
  path: string
  label: string
  type: 'email' | 'password'
  /** `username`, `current-password` or `new-password`, for password managers. */
  autocomplete: string
  value: string
  onValue: (value: string) => void
  error: CheckoutFieldError | undefined
}

/**
 * A labelled input for account forms (sign in, create an account). Unlike TextField its value
 * lives in the form, never in the draft: a password must not be saved for a reload.
 */
export function AccountField(props: AccountFieldProps) {
  const { t } = useTranslator()
  const id = `field-${props.path}`
  const errorId = props.error ? `${id}-error` : undefined
  return (
    <div part="field" class={props.error ? 'field field-invalid' : 'field'}>
      <label part="label" class="label" for={id}>
        {props.label}
      </label>
      <input
        part="input"
        class="input"
        id={id}
        name={props.path}
        // Preact types `type` as a union per input kind; both of ours take text.
        type={props.type as 'email'}
        autocomplete={props.autocomplete}
        value={props.value}
        required
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={errorId}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      {props.error && (
        <p part="error field-error" class="field-error" id={errorId}>
          {t(accountErrorKey(props.error.reason))}
        </p>
      )}
    </div>
  )
}

/** Account refusals (wrong password, too many attempts) have their own words. */
function accountErrorKey(reason: string) {
  const key = `contact.signInErrors.${reason}`
  return isMessageKey(key) ? key : fieldErrorKey(reason)
}
