import type { Customer } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'

/** Who is signed in, with a way out that keeps what was typed (to go on as a guest). */
export function SignedInCustomer({ customer }: { customer: Customer }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const busy = checkout.busy.value.has('signOut')
  return (
    <div part="signed-in" class="signed-in" role="status">
      <p class="signed-in-name">
        {isolated(t, 'contact.signedInAs', { name: customer.name ?? customer.email })}
      </p>
      <button
        type="button"
        part="button sign-out-button"
        class="link-button"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => {
          if (!busy) void checkout.signOut()
        }}
      >
        {t('contact.signOut')}
      </button>
    </div>
  )
}
