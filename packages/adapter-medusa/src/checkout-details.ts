import {
  type Address,
  type Cart,
  CheckoutError,
  type Contact,
  loadAddressFormat,
  normalizeAddress,
  validateAddress,
} from '@weship/checkout-core'
import type { CartCalls } from './cart-calls.js'
import { toMedusaAddress } from './map-address.js'
import { BILLING_KEY, CONSENT_KEY, LOCALE_KEY } from './map-cart.js'
import type { MedusaCart } from './medusa-schemas.js'
import type { createRegions } from './regions.js'

interface DetailsDeps {
  calls: CartCalls
  regions: ReturnType<typeof createRegions>
  toCart(cart: MedusaCart): Promise<Cart>
}

function invalidAddress(fieldErrors: ReturnType<typeof validateAddress>): CheckoutError {
  return new CheckoutError('VALIDATION', 'The address is not valid.', {
    reason: 'invalid_address',
    fieldErrors,
  })
}

/**
 * Medusa checks no postal codes; the widget's per-country rules refuse bad ones here. The
 * adapter runs where nobody may have loaded the country's data yet (a page, a server), so it
 * loads it itself.
 */
async function checkedAddress(address: Address): Promise<Address> {
  const format = await loadAddressFormat(address.country)
  const fieldErrors = validateAddress(address, format)
  if (fieldErrors.length > 0) throw invalidAddress(fieldErrors)
  return normalizeAddress(address, format)
}

/** Contact, addresses and delivery: each one cart update. */
export function createCheckoutDetails({ calls, regions, toCart }: DetailsDeps) {
  const update = async (cartId: string, body: Record<string, unknown>, signal?: AbortSignal) =>
    toCart(await calls.post(cartId, '', body, signal))

  return {
    setContact(cartId: string, contact: Contact, signal?: AbortSignal) {
      // Medusa has no field for marketing consent; the cart's metadata (and so the order's) keeps it.
      const consent = {
        email: contact.marketingConsent?.email === true,
        sms: contact.marketingConsent?.sms === true,
      }
      // Its language too, so that the widget finds the contact it saved.
      const metadata = {
        [CONSENT_KEY]: consent,
        ...(contact.locale ? { [LOCALE_KEY]: contact.locale } : {}),
      }
      return update(cartId, { email: contact.email, metadata }, signal)
    },

    async setShippingAddress(cartId: string, address: Address, signal?: AbortSignal) {
      const checked = await checkedAddress(address)
      const cart = await calls.get(cartId, signal)
      // A country outside the cart's region moves the cart to a region in the same currency that
      // serves it; none → the shop does not ship there in this currency.
      const currency = cart.currency_code
      const region = await regions.forCountry(cart.region_id, currency, checked.country, signal)
      if (!region) {
        const message = `This shop does not deliver to ${checked.country} in ${currency.toUpperCase()}.`
        throw new CheckoutError('VALIDATION', message, {
          reason: 'country_not_served',
          fieldErrors: [{ field: 'country', message }],
        })
      }
      const medusaAddress = toMedusaAddress(checked)
      const billingFollows = !cart.billing_address || cart.metadata?.[BILLING_KEY] === 'same'
      return update(
        cartId,
        {
          ...(region.id !== cart.region_id ? { region_id: region.id } : {}),
          shipping_address: medusaAddress,
          ...(billingFollows
            ? { billing_address: medusaAddress, metadata: { [BILLING_KEY]: 'same' } }
            : {}),
        },
        signal,
      )
    },

    async setBillingAddress(cartId: string, address: Address | null, signal?: AbortSignal) {
      if (address) {
        const billing_address = toMedusaAddress(await checkedAddress(address))
        return update(cartId, { billing_address, metadata: { [BILLING_KEY]: 'separate' } }, signal)
      }
      // Medusa cannot unset a billing address: "same as shipping" is a copy of it and a flag.
      const cart = await calls.get(cartId, signal)
      const shipping = cart.shipping_address
      return update(
        cartId,
        {
          ...(shipping?.address_1 ? { billing_address: withoutNulls(shipping) } : {}),
          metadata: { [BILLING_KEY]: 'same' },
        },
        signal,
      )
    },
  }
}

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  const fields = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city']
  const more = ['postal_code', 'province', 'country_code', 'phone']
  return Object.fromEntries(
    [...fields, ...more].flatMap((key) => (value[key] ? [[key, value[key]]] : [])),
  )
}
