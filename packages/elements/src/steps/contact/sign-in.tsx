import { useState } from 'preact/hooks'
import { useTranslator } from '../../components/translator-context.js'
import { SignInForm } from './sign-in-form.js'

/** "Returning customer?" — a secondary disclosure below the guest form, closed by default. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslator()
  const [open, setOpen] = useState(false)
  return (
    <section part="sign-in" class="sign-in" aria-labelledby="sign-in-title">
      <h3 id="sign-in-title" class="subheading">
        {t('contact.accountTitle')}
      </h3>
      <button
        type="button"
        part="button sign-in-toggle"
        class="link-button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="sign-in-form"
        onClick={() => setOpen(!open)}
      >
        {t('contact.showSignIn')}
      </button>
      {open && <SignInForm onSignedIn={onSignedIn} />}
    </section>
  )
}
