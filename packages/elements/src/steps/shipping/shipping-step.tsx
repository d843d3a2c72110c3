import { useRef, useState } from 'preact/hooks'
import { AddressForm } from '../../components/address-form.js'
import { useCheckout } from '../../components/checkout-context.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { useStepSubmit } from '../../components/step-submit.js'
import { useTranslator } from '../../components/translator-context.js'
import { DeliveryOptions } from './delivery-options.js'
import { SavedAddresses } from './saved-addresses.js'

/**
 * The shipping address, then the delivery options it allows. The model saves the address as
 * the shopper types it (once complete and valid), so options and the summary's shipping and
 * taxes show early; "Continue" saves what is not saved yet, waits for a delivery choice and
 * goes on, in one click.
 */
export function ShippingStep() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const working = useRef(false)
  const [submitting, setSubmitting] = useState(false)
  const [failedSubmits, setFailedSubmits] = useState(0)

  async function save(): Promise<boolean> {
    // A ref, not state: a double click lands before the re-render that would show "busy".
    if (working.current) return false
    working.current = true
    setSubmitting(true)
    try {
      if (await checkout.saveStep()) return true
      const refused = Object.keys(checkout.fieldErrors.peek())
      if (refused.some((path) => path.startsWith('shippingAddress.'))) {
        setFailedSubmits((count) => count + 1)
      }
      return false
    } finally {
      working.current = false
      setSubmitting(false)
    }
  }
  useStepSubmit(save)

  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save().then((saved) => saved && checkout.next())
      }}
    >
      <ErrorSummary title={t('shipping.errorSummary')} attempt={failedSubmits} />
      <SavedAddresses />
      <AddressForm section="shippingAddress" />
      <DeliveryOptions />
      <button
        type="submit"
        part="button continue-button"
        class="button"
        aria-disabled={submitting ? 'true' : undefined}
      >
        {submitting && <span class="spinner" aria-hidden="true" />}
        {t('shipping.continue')}
      </button>
    </form>
  )
}
