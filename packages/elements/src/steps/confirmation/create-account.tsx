import { useState } from 'preact/hooks'
import { AccountField } from '../../components/account-field.js'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'

/** The account offer after the order (DESIGN §5): the order's e-mail, so only a password. */
export function CreateAccount({ email }: { email: string }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const [password, setPassword] = useState('')
  const [created, setCreated] = useState(false)
  const busy = checkout.busy.value.has('createAccount')
  if (!checkout.accountsAvailable.value) return null
  if (created) {
    return (
      <p part="account-created" class="notice" role="status">
        {t('confirmation.accountCreated')}
      </p>
    )
  }
  if (checkout.customer.value) return null
  return (
    <section part="create-account" class="create-account" aria-labelledby="account-title">
      <h3 id="account-title" class="subheading">
        {t('confirmation.accountTitle')}
      </h3>
      <p class="hint">{isolated(t, 'confirmation.accountHint', { email })}</p>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (busy) return
          void checkout.createAccount(password).then(setCreated)
        }}
      >
        <AccountField
          path="account.password"
          label={t('confirmation.password')}
          type="password"
          autocomplete="new-password"
          value={password}
          onValue={setPassword}
          error={checkout.fieldErrors.value['account.password']}
        />
        <p class="hint">{t('confirmation.passwordHint')}</p>
        <button
          part="button create-account-button"
          class="button button-secondary"
          type="submit"
          aria-disabled={busy}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {t('confirmation.createAccount')}
        </button>
      </form>
    </section>
  )
}
