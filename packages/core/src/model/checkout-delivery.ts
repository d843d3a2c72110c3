import { computed, effect, type ReadonlySignal } from '@preact/signals-core'
import type { AddressFormat } from '../address/address-format.js'
import type { CartSession } from './cart-session.js'
import type { CheckoutState } from './checkout-state.js'
import { type CheckoutActionName, isPaymentInFlight } from './checkout-types.js'
import { checkAddress, isAddressComplete, isUnder } from './checkout-validation.js'
import { addressKey, isAddressSaved } from './saved-input.js'

/**
 * What the delivery options area shows: `address-needed` (fields still empty), `address-invalid`
 * (filled in, but a field is wrong), `loading` (the address is being saved or its options
 * listed), `ready`, `none` (no option for this address) or `failed` (see `error`).
 */
export type DeliveryStatus =
  | 'address-needed'
  | 'address-invalid'
  | 'loading'
  | 'ready'
  | 'none'
  | 'failed'

export interface DeliveryContext {
  session: CartSession
  state: CheckoutState
  busy: ReadonlySignal<ReadonlySet<CheckoutActionName>>
  /** The shipping country's address data; null while it is on its way. */
  format: ReadonlySignal<AddressFormat | null>
  setShippingAddress(): Promise<boolean>
  /** The pause in typing after which a complete, valid address is saved. */
  delayMs: number
}

/**
 * Delivery follows the form: on the shipping step a typed address is saved once it is complete
 * and valid and the shopper pauses, so the options, shipping and tax appear while they type,
 * not when focus leaves the form (a layout moving under a click swallowed it).
 */
export function createDeliveryFollower(context: DeliveryContext) {
  const { session, state, busy, delayMs } = context
  let timer: ReturnType<typeof setTimeout> | undefined

  const stopSaving = effect(() => {
    const step = state.step.value
    const draft = state.shippingAddress.value
    const saved = session.cart.value?.shippingAddress
    // Without the country's data its rules are unknown: wait for it rather than save a guess.
    const format = context.format.value ?? undefined
    clearTimeout(timer)
    if (step !== 'shipping' || isPaymentInFlight(state.paymentStatus.peek())) return
    if (!format || isAddressSaved(draft, saved, format)) return
    if (!checkAddress(draft, 'shippingAddress', format).ok) return
    timer = setTimeout(() => {
      if (state.shippingAddress.peek() === draft) void context.setShippingAddress()
    }, delayMs)
  })

  /** The typed address is not the one the cart's shipping and tax were priced for. */
  const shippingAddressChanged = computed(() => {
    const draft = state.shippingAddress.value
    const saved = session.cart.value?.shippingAddress
    const format = context.format.value
    const typed = Object.entries(draft).some(([key, value]) => key !== 'country' && value?.trim())
    return !!saved && typed && !isAddressSaved(draft, saved, format)
  })

  const deliveryStatus = computed<DeliveryStatus>(() => {
    const draft = state.shippingAddress.value
    const format = context.format.value ?? undefined
    const saved = session.cart.value?.shippingAddress
    const waiting = busy.value.has('setShippingAddress') || busy.value.has('loadShippingOptions')
    const failed = !waiting && state.error.value !== null
    if (saved && isAddressSaved(draft, saved, format)) {
      if (state.shippingOptionsFor.value === addressKey(saved)) {
        if (state.shippingOptions.value.length > 0) return 'ready'
        if (!waiting) return 'none'
      }
      return failed ? 'failed' : 'loading'
    }
    const refused = Object.keys(state.fieldErrors.value).some((path) =>
      isUnder(path, 'shippingAddress'),
    )
    if (refused || !format || !checkAddress(draft, 'shippingAddress', format).ok) {
      return isAddressComplete(draft, format) ? 'address-invalid' : 'address-needed'
    }
    return failed ? 'failed' : 'loading'
  })

  return {
    deliveryStatus,
    shippingAddressChanged,
    dispose: () => {
      clearTimeout(timer)
      stopSaving()
    },
  }
}
