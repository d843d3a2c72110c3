import type { CheckoutFieldError } from '@weship/checkout-core'
import { fieldErrorKey } from '../i18n/field-error.js'
import { isMessageKey } from '../i18n/message-key.js'
import { LabelledInput } from './labelled-input.js'
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
  return (
    <LabelledInput
      id={`field-${props.path}`}
      name={props.path}
      label={props.label}
      type={props.type}
      autocomplete={props.autocomplete}
      value={props.value}
      required
      error={props.error && t(accountErrorKey(props.error.reason))}
      onValue={props.onValue}
    />
  )
}

/** Account refusals (wrong password, too many attempts) have their own words. */
function accountErrorKey(reason: string) {
  const key = `contact.signInErrors.${reason}`
  return isMessageKey(key) ? key : fieldErrorKey(reason)
}
