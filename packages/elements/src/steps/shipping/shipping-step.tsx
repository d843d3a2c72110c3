import { isAddressComplete } from '@weship/checkout-core'
import { useEffect, useRef, useState } from 'preact/hooks'
import { AddressForm } from '../../components/address-form.js'
import { useCheckout } from '../../components/checkout-context.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { useTranslator } from '../../components/translator-context.js'
import { DeliveryOptions } from './delivery-options.js'
import { isAddressSaved } from './saved-address.js'

/**
 * The shipping address, then the delivery options it allows. The address is saved as soon as
 * focus leaves a filled-in form, so options and the summary's shipping and taxes show early;
 * "Continue" saves it too and, when the options were not on screen yet, shows them first.
 */
export function ShippingStep() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const form = useRef<HTMLFormElement>(null)
  const saving = useRef<Promise<boolean> | null>(null)
  const [failedSubmits, setFailedSubmits] = useState(0)
  const addressSaved = isAddressSaved(
    checkout.shippingAddress.value,
    checkout.cart.value?.shippingAddress,
    checkout.shippingAddressFormat.value,
  )
  const savedNow = () =>
    isAddressSaved(
      checkout.shippingAddress.peek(),
      checkout.cart.peek()?.shippingAddress,
      checkout.shippingAddressFormat.peek(),
    )
  const busy = checkout.busy.value.has('setShippingAddress')

  useEffect(() => {
    // After a reload the cart has the address but the options are not listed yet.
    if (savedNow() && checkout.shippingOptions.peek().length === 0) {
      void checkout.loadShippingOptions()
    }
    // Once, on entering the step.
  }, [])

  function saveAddress(): Promise<boolean> {
    const request = checkout.setShippingAddress().finally(() => {
      if (saving.current === request) saving.current = null
    })
    saving.current = request
    return request
  }

  function onLeaveAddress() {
    if (saving.current || savedNow()) return
    const format = checkout.shippingAddressFormat.peek() ?? undefined
    if (isAddressComplete(checkout.shippingAddress.peek(), format)) void saveAddress()
  }

  async function submit(event: Event) {
    event.preventDefault()
    const optionsWereShown = savedNow() && checkout.shippingOptions.peek().length > 0
    if (saving.current) await saving.current
    if (!savedNow() && !(await saveAddress())) {
      setFailedSubmits((count) => count + 1)
      return
    }
    if (!optionsWereShown) {
      focusChosenOption(form.current)
      return
    }
    if (checkout.canProceed.peek()) checkout.next()
  }

  return (
    <form ref={form} class="form" noValidate onSubmit={submit}>
      <ErrorSummary title={t('shipping.errorSummary')} attempt={failedSubmits} />
      <AddressForm section="shippingAddress" onLeave={onLeaveAddress} />
      <DeliveryOptions addressSaved={addressSaved} />
      <button
        type="submit"
        part="button continue-button"
        class="button"
        aria-disabled={busy ? 'true' : undefined}
      >
        {busy && <span class="spinner" aria-hidden="true" />}
        {t('shipping.continue')}
      </button>
    </form>
  )
}

/** Brings the shopper to the options that just appeared, on the chosen one. */
function focusChosenOption(root: Element | null) {
  setTimeout(() => {
    const radios = root?.querySelectorAll<HTMLInputElement>('input[name="shippingOptionId"]')
    const chosen = [...(radios ?? [])].find((radio) => radio.checked) ?? radios?.[0]
    chosen?.focus()
  })
}
