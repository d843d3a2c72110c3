import { loadAddressFormat } from '@weship/checkout-core'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { defaultCountry } from '../../components/country-names.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { useStepSubmit } from '../../components/step-submit.js'
import { TextField } from '../../components/text-field.js'
import { useTranslator } from '../../components/translator-context.js'
import { MarketingConsent } from './marketing-consent.js'
import { SignIn } from './sign-in.js'
import { SignedInCustomer } from './signed-in-customer.js'

/**
 * Guest first: an e-mail and nothing else is asked; signing in is a secondary choice below, only
 * when the shop has accounts. The shopper's locale goes with the contact, so the messages after
 * the purchase speak their language.
 */
export function ContactStep() {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const continueButton = useRef<HTMLButtonElement>(null)
  const [failedSubmits, setFailedSubmits] = useState(0)
  const customer = checkout.customer.value
  const busy = checkout.busy.value.has('setContact')

  useEffect(() => {
    // The address form comes next: fetch its country's data while the shopper types the e-mail.
    const country =
      checkout.shippingAddress.peek().country ||
      defaultCountry(locale, checkout.cart.peek()?.currency)
    void loadAddressFormat(country)
  }, [checkout, locale])
  /** Saves the contact (unless the cart has it already); a refusal shows the error summary. */
  async function save(): Promise<boolean> {
    checkout.saveDraftField('contact.locale', locale)
    if (await checkout.saveStep()) return true
    setFailedSubmits((count) => count + 1)
    return false
  }
  useStepSubmit(save)

  async function submit(event: Event) {
    event.preventDefault()
    if (!busy && (await save())) checkout.next()
  }

  return (
    <div class="contact-step">
      <form
        class="form"
        noValidate
        onSubmit={submit}
        aria-labelledby={customer ? undefined : 'contact-guest-title'}
      >
        <ErrorSummary title={t('contact.errorSummary')} attempt={failedSubmits} />
        {customer ? (
          <SignedInCustomer customer={customer} />
        ) : (
          <h3 id="contact-guest-title" class="subheading">
            {t('contact.guestTitle')}
          </h3>
        )}
        <TextField
          path="contact.email"
          label={t('contact.email')}
          type="email"
          inputMode="email"
          autocomplete="email"
          hint={t('contact.emailHint')}
        />
        <MarketingConsent channel="email" />
        <button
          ref={continueButton}
          type="submit"
          part="button continue-button"
          class="button"
          aria-disabled={busy ? 'true' : undefined}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {t('contact.continue')}
        </button>
      </form>
      {!customer && checkout.accountsAvailable.value && (
        <SignIn onSignedIn={() => setTimeout(() => continueButton.current?.focus())} />
      )}
    </div>
  )
}
