import { isAddressSaved } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { PostalAddress } from '../../components/postal-address.js'
import { useTranslator } from '../../components/translator-context.js'

/**
 * A signed-in shopper's saved addresses, when there is more than one to choose from: picking one
 * fills the form below (which stays editable), and the model saves it like a typed one.
 */
export function SavedAddresses() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const addresses = checkout.customer.value?.addresses ?? []
  const draft = checkout.shippingAddress.value
  if (addresses.length < 2) return null
  return (
    <fieldset part="saved-addresses" class="saved-addresses">
      <legend part="legend" class="legend">
        {t('address.savedTitle')}
      </legend>
      {addresses.map((address, index) => {
        const id = `saved-address-${index}`
        // Once, whether the radio or the address around it was clicked.
        const choose = () => {
          if (
            !isAddressSaved(
              checkout.shippingAddress.peek(),
              address,
              checkout.shippingAddressFormat.peek(),
            )
          ) {
            checkout.chooseSavedAddress(address)
          }
        }
        return (
          // The address is flow content, so it names the radio instead of sitting in a label.
          // biome-ignore lint/a11y/noStaticElementInteractions: the radio is the keyboard's way
          // biome-ignore lint/a11y/useKeyWithClickEvents: the radio is the keyboard's way
          <div key={id} part="saved-address" class="saved-address" onClick={choose}>
            <input
              type="radio"
              id={id}
              name="savedAddress"
              aria-labelledby={`${id}-text`}
              checked={isAddressSaved(draft, address, checkout.shippingAddressFormat.value)}
              onChange={choose}
            />
            <div id={`${id}-text`}>
              <PostalAddress address={address} />
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}
