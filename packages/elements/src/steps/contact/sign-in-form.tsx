import { accountFields } from '@weship/checkout-core'
import { useRef, useState } from 'preact/hooks'
import { AccountField } from '../../components/account-field.js'
import { useCheckout } from '../../components/checkout-context.js'
import { focusFirstError } from '../../components/focus-first-error.js'
import { useTranslator } from '../../components/translator-context.js'

/** E-mail and password for a returning customer; a separate form, since forms cannot nest. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const form = useRef<HTMLFormElement>(null)
  const [email, setEmail] = useState(checkout.contact.peek().email ?? '')
  const [password, setPassword] = useState('')
  const errors = checkout.fieldErrors.value
  const busy = checkout.busy.value.has('signIn')

  async function submit(event: Event) {
    event.preventDefault()
    if (busy) return
    if (await checkout.signIn(email, password)) onSignedIn()
    else focusFirstError(form.current)
  }

  return (
    <form
      ref={form}
      id="sign-in-form"
      part="sign-in-form"
      class="form sign-in-form"
      noValidate
      onSubmit={submit}
    >
      <AccountField
        path={accountFields.signInEmail}
        label={t('contact.email')}
        type="email"
        autocomplete="username"
        value={email}
        onValue={setEmail}
        error={errors[accountFields.signInEmail]}
      />
      <AccountField
        path={accountFields.signInPassword}
        label={t('contact.password')}
        type="password"
        autocomplete="current-password"
        value={password}
        onValue={setPassword}
        error={errors[accountFields.signInPassword]}
      />
      <button
        type="submit"
        part="button sign-in-button"
        class="button button-secondary"
        aria-disabled={busy ? 'true' : undefined}
      >
        {t('contact.signIn')}
      </button>
    </form>
  )
}
