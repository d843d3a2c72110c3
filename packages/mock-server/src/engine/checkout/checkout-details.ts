import {
  type Address,
  addressSchema,
  type Cart,
  type Contact,
  contactSchema,
  normalizeAddress,
  type ShippingOption,
  selectShippingOptionRequestSchema,
  validateAddress,
} from '@weship/checkout-core'
import { useAllAddressData } from '../../address-data.js'
import type { StoredCart } from '../cart-view.js'
import { parseInput } from '../parse-input.js'
import { shippingOptionsFor } from '../pricing/price-checkout.js'
import type { CheckoutDeps } from './checkout-deps.js'
import {
  invalidAddress,
  pickupPointUnavailable,
  shippingAddressRequired,
  shippingOptionUnavailable,
} from './checkout-errors.js'
import { type CodeActions, createCodeActions } from './code-actions.js'

/** The checkout's details on top of the cart: contact, addresses, delivery and codes. */
export interface CheckoutDetailsEngine extends CodeActions {
  /**
   * A new e-mail drops a once-per-customer code that address used; such drops count against the
   * code-attempt limits of the cart and `client` (in-process callers share 'local').
   */
  setContact(cartId: string, contact: Contact, client?: string): Cart
  /** Refuses an address its country's rules reject; drops a delivery option it no longer gets. */
  setShippingAddress(cartId: string, address: Address): Cart
  /** `null` bills the shipping address again. */
  setBillingAddress(cartId: string, address: Address | null): Cart
  /** Priced options with delivery dates; 422 `shipping_address_required` before an address. */
  listShippingOptions(cartId: string): ShippingOption[]
  /** A pickup option takes one of its points (the nearest when `pickupPointId` is absent). */
  selectShippingOption(cartId: string, optionId: string, pickupPointId?: string): Cart
  /** The chosen option with its current price and dates (for the order), if any. */
  chosenShippingOption(cartId: string): ShippingOption | undefined
}

useAllAddressData()

export function createCheckoutDetails(deps: CheckoutDeps) {
  const { findCart, commit, view, pricing } = deps
  const codes = createCodeActions(deps)

  function optionsFor(cart: StoredCart): ShippingOption[] {
    if (!cart.shippingAddress) throw shippingAddressRequired()
    const priced = view(cart)
    const discounts = priced.discounts.reduce((sum, discount) => sum + discount.amount.amount, 0)
    const promotions = priced.promoCodes.flatMap((code) => pricing.ledger.promotion(code) ?? [])
    return shippingOptionsFor(cart, priced.subtotal.amount - discounts, promotions, pricing)
  }

  /** Parsed, normalised and checked against its country's data before anything is written. */
  function checkedAddress(input: Address): Address {
    const address = normalizeAddress(parseInput(addressSchema, input))
    const errors = validateAddress(address)
    if (errors.length > 0) throw invalidAddress(errors)
    return address
  }

  const actions: CheckoutDetailsEngine = {
    ...codes.actions,

    setContact(cartId, contact, client = 'local') {
      const parsed = parseInput(contactSchema, contact)
      const cart = findCart(cartId)
      const change = codes.emailChange(cart, parsed.email, client)
      cart.contact = parsed
      const changed = commit(cart)
      change.countDrop()
      return changed
    },

    setShippingAddress(cartId, input) {
      const address = checkedAddress(input)
      const cart = findCart(cartId)
      cart.shippingAddress = address
      const chosen = cart.shippingOptionId
      const option = chosen
        ? optionsFor(cart).find((candidate) => candidate.id === chosen)
        : undefined
      if (!option) delete cart.shippingOptionId
      // Points are near an address: a new one brings its own, the nearest until one is chosen.
      const points = option?.pickupPoints ?? []
      if (!points.some((point) => point.id === cart.pickupPointId)) delete cart.pickupPointId
      return commit(cart)
    },

    setBillingAddress(cartId, input) {
      const address = input === null ? undefined : checkedAddress(input)
      const cart = findCart(cartId)
      if (address) cart.billingAddress = address
      else delete cart.billingAddress
      return commit(cart)
    },

    listShippingOptions: (cartId) => optionsFor(findCart(cartId)),

    selectShippingOption(cartId, optionId, pickupPointId) {
      const wanted = parseInput(selectShippingOptionRequestSchema, {
        optionId,
        ...(pickupPointId === undefined ? {} : { pickupPointId }),
      })
      const cart = findCart(cartId)
      const option = optionsFor(cart).find((candidate) => candidate.id === wanted.optionId)
      if (!option) throw shippingOptionUnavailable()
      const points = option.pickupPoints ?? []
      if (wanted.pickupPointId && !points.some((point) => point.id === wanted.pickupPointId)) {
        throw pickupPointUnavailable()
      }
      // Choosing the same option again keeps its point; another option starts at the nearest.
      const kept = cart.shippingOptionId === option.id ? cart.pickupPointId : undefined
      const pointId = wanted.pickupPointId ?? kept ?? points[0]?.id
      if (cart.shippingOptionId === option.id && cart.pickupPointId === pointId) return view(cart)
      cart.shippingOptionId = option.id
      if (pointId) cart.pickupPointId = pointId
      else delete cart.pickupPointId
      return commit(cart)
    },

    chosenShippingOption(cartId) {
      const cart = findCart(cartId)
      const chosen = cart.shippingOptionId
      return chosen ? optionsFor(cart).find((option) => option.id === chosen) : undefined
    },
  }
  return { actions, dropLapsedCodes: codes.dropLapsedCodes }
}
