import type { Cart } from '@weship/checkout-core'
import { useRef, useState } from 'preact/hooks'
import { fieldErrorKey } from '../i18n/field-error.js'
import { useCheckout } from './checkout-context.js'
import { useTranslator } from './translator-context.js'

const FIELD = 'code'

/**
 * "Promo code or gift card", collapsed by default so it does not send shoppers off hunting for
 * codes. A refusal is shown on the field in the shopper's words and keeps what they typed.
 */
export function CodeForm({ cart }: { cart: Cart }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const [open, setOpen] = useState(false)
  const [code, setCode] = useState('')
  const input = useRef<HTMLInputElement>(null)
  // A double Enter or click lands before the re-render that marks `applying`: the second press
  // would be refused as "already applied" right after the first one succeeded.
  const submitting = useRef(false)
  const error = checkout.fieldErrors.value[FIELD]
  const applying = checkout.busy.value.has('applyCode')
  const applied = cart.promoCodes.length + cart.giftCards.length
  if (!open) {
    return (
      <button
        part="button code-toggle"
        class="link-button code-toggle"
        type="button"
        aria-expanded="false"
        onClick={() => {
          setOpen(true)
          queueMicrotask(() => input.current?.focus())
        }}
      >
        {t(applied ? 'codes.addAnother' : 'codes.add')}
      </button>
    )
  }
  return (
    <form
      part="code-form"
      class="code-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        // An empty code goes through too: the field then says a code is needed.
        if (submitting.current || applying) return
        submitting.current = true
        try {
          if (await checkout.applyCode(code)) setCode('')
        } finally {
          submitting.current = false
        }
      }}
    >
      <div part="field" class={error ? 'field field-invalid' : 'field'}>
        <label part="label" class="label" for="field-code">
          {t('codes.label')}
        </label>
        <div class="code-row">
          <input
            ref={input}
            part="input"
            class="input"
            id="field-code"
            name="code"
            type="text"
            autocomplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={code}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'field-code-error' : undefined}
            onInput={(event) => setCode(event.currentTarget.value)}
          />
          <button
            part="button apply-code-button"
            class="button button-secondary"
            type="submit"
            aria-disabled={applying}
          >
            {applying && <span class="spinner" aria-hidden="true" />}
            {t('codes.apply')}
          </button>
        </div>
        {error && (
          <p part="error field-error" class="field-error" id="field-code-error" role="alert">
            {t(fieldErrorKey(error.reason))}
          </p>
        )}
      </div>
    </form>
  )
}
