import type { CheckoutError, OrderStatusModel } from '@weship/checkout-core'
import { useRef, useState } from 'preact/hooks'
import { useTranslator } from '../components/translator-context.js'
import { errorMessageKey } from '../i18n/error-message.js'
import { LookupField } from './lookup-field.js'

const FORM_ERROR_ID = 'verify-error'

/**
 * Asks for the order number and the e-mail when the link's token is missing, wrong or expired.
 * It knows nothing of the order: no personal data shows until both match.
 */
export function VerifyOrderForm({ model }: { model: OrderStatusModel }) {
  const { t } = useTranslator()
  const [number, setNumber] = useState('')
  const [email, setEmail] = useState('')
  const [missing, setMissing] = useState<{ number: boolean; email: boolean } | null>(null)
  const numberInput = useRef<HTMLInputElement>(null)
  const emailInput = useRef<HTMLInputElement>(null)
  const formError = useRef<HTMLParagraphElement>(null)
  const lookup = model.lookup.value
  const checking = lookup.status === 'checking'
  const failure = lookup.status === 'failed' ? lookup.error : null

  // A backend without lookups: nothing to ask, only where a working link is.
  if (!model.canLookUp()) {
    return (
      <p part="error error-message" class="error error-message" role="alert">
        {t('orderStatus.verify.unavailable')}
      </p>
    )
  }

  async function submit(event: Event) {
    event.preventDefault()
    if (checking) return
    const gaps = { number: !number.trim(), email: !email.trim() }
    setMissing(gaps.number || gaps.email ? gaps : null)
    if (gaps.number) return numberInput.current?.focus()
    if (gaps.email) return emailInput.current?.focus()
    const found = await model.lookUp({ number: number.trim(), email: email.trim() })
    // Focus the message, which names what to check; the inputs point to it as well.
    if (!found) formError.current?.focus()
  }

  return (
    <form part="verify-form" class="form verify-form" noValidate onSubmit={submit}>
      <p class="hint">{t('orderStatus.verify.hint')}</p>
      {failure && (
        <p
          part="error error-message"
          class="error error-message"
          id={FORM_ERROR_ID}
          role="alert"
          tabIndex={-1}
          ref={formError}
        >
          {t(lookupErrorKey(failure))}
        </p>
      )}
      <LookupField
        id="order-number"
        label={t('orderStatus.verify.number')}
        type="text"
        autocomplete="off"
        value={number}
        onValue={setNumber}
        error={missing?.number ? t('orderStatus.verify.numberRequired') : undefined}
        formErrorId={failure ? FORM_ERROR_ID : undefined}
        inputRef={numberInput}
      />
      <LookupField
        id="order-email"
        label={t('orderStatus.verify.email')}
        type="email"
        autocomplete="email"
        value={email}
        onValue={setEmail}
        error={missing?.email ? t('orderStatus.verify.emailRequired') : undefined}
        formErrorId={failure ? FORM_ERROR_ID : undefined}
        inputRef={emailInput}
      />
      <button part="button verify-button" class="button" type="submit" aria-disabled={checking}>
        {checking ? t('orderStatus.verify.checking') : t('orderStatus.verify.submit')}
      </button>
    </form>
  )
}

function lookupErrorKey(error: CheckoutError) {
  if (error.code === 'ADAPTER' && error.status === 404) return 'orderStatus.verify.notFound'
  if (error.reason === 'too_many_attempts') return 'orderStatus.verify.tooMany'
  return errorMessageKey(error)
}
