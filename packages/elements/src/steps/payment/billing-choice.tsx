import { AddressForm } from '../../components/address-form.js'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'

/** "Billing address same as shipping", ticked by default; unticked, the billing form appears. */
export function BillingChoice() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const same = checkout.billingSameAsShipping.value
  return (
    <div class="billing">
      <label part="billing-same" class="choice">
        <input
          type="checkbox"
          name="billingSameAsShipping"
          checked={same}
          onChange={(event) => void checkout.setBillingSameAsShipping(event.currentTarget.checked)}
        />
        <span>{t('payment.billingSame')}</span>
      </label>
      {!same && (
        <section class="billing-address" aria-labelledby="billing-title">
          <h3 id="billing-title" class="subheading">
            {t('address.billingTitle')}
          </h3>
          <AddressForm section="billingAddress" />
        </section>
      )}
    </div>
  )
}
