import type { CheckoutError, Order, OrderStatusModel } from '@weship/checkout-core'
import { useState } from 'preact/hooks'
import { LabelledInput } from '../components/labelled-input.js'
import { useTranslator } from '../components/translator-context.js'
import { errorMessageKey } from '../i18n/error-message.js'
import { fieldErrorKey } from '../i18n/field-error.js'

/**
 * The confirmation's offer of an account, once more, for a guest order: the order's e-mail is
 * filled in (and read-only, for password managers to save beside the new password).
 */
export function AccountOffer({ model, order }: { model: OrderStatusModel; order: Order }) {
  const { t } = useTranslator()
  const [password, setPassword] = useState('')
  const state = model.account.value
  if (state.status === 'done') {
    return (
      <p part="account-created" class="notice" role="status">
        {t('confirmation.accountCreated')}
      </p>
    )
  }
  const error = state.status === 'failed' ? t(accountErrorKey(state.error)) : undefined
  return (
    <section part="create-account" class="create-account" aria-labelledby="account-title">
      <h3 id="account-title" class="subheading">
        {t('confirmation.accountTitle')}
      </h3>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void model.createAccount(password)
        }}
      >
        <div part="field" class="field">
          <label part="label" class="label" for="account-email">
            {t('orderStatus.verify.email')}
          </label>
          <input
            part="input"
            class="input"
            id="account-email"
            name="email"
            type="email"
            autocomplete="username"
            value={order.email}
            readOnly
          />
        </div>
        <LabelledInput
          id="account-password"
          name="password"
          label={t('confirmation.password')}
          type="password"
          autocomplete="new-password"
          value={password}
          required
          hint={t('confirmation.passwordHint')}
          error={error}
          onValue={setPassword}
        />
        <button
          part="button create-account-button"
          class="button button-secondary"
          type="submit"
          aria-disabled={state.status === 'working'}
        >
          {t('confirmation.createAccount')}
        </button>
      </form>
    </section>
  )
}

/** Refusals the shopper can act on say what to do; anything else is the usual message. */
function accountErrorKey(error: CheckoutError) {
  if (error.reason === 'email_already_registered') return 'orderStatus.accountExists'
  if (error.reason === 'too_short') return 'orderStatus.passwordTooShort'
  // A blank or too common password: the field's own words (fieldErrors ship with this page).
  if (error.code === 'VALIDATION' && error.reason) return fieldErrorKey(error.reason)
  return errorMessageKey(error)
}
