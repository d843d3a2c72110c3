import { computed, effect, type ReadonlySignal, signal } from '@preact/signals-core'
import { addressFormat, loadAddressFormat } from '../address/address-data.js'
import type { AddressFormat } from '../address/address-format.js'
import type { CheckoutState } from './checkout-state.js'
import type { AddressSection } from './checkout-validation.js'

export interface AddressFormats {
  shippingAddressFormat: ReadonlySignal<AddressFormat | null>
  billingAddressFormat: ReadonlySignal<AddressFormat | null>
  /** The section's format if its data is here, for checks that cannot wait (a blur). */
  peek(section: AddressSection): AddressFormat | undefined
  /** The section's format, fetched first if need be (a save waits for it). */
  ready(section: AddressSection): Promise<AddressFormat | undefined>
  dispose(): void
}

/**
 * Each address's country format, fetched as soon as its country is chosen (the form needs its
 * fields, labels and rules), so it is here before the shopper reaches the fields.
 */
export function createAddressFormats(state: CheckoutState): AddressFormats {
  const loaded = signal<ReadonlyMap<string, AddressFormat>>(new Map())
  const countryOf = (section: AddressSection) => state[section].peek().country?.trim() ?? ''

  function remember(format: AddressFormat) {
    const next = new Map(loaded.peek())
    next.set(format.country, format)
    loaded.value = next
  }

  async function fetchFormat(country: string): Promise<AddressFormat> {
    const format = await loadAddressFormat(country)
    remember(format)
    return format
  }

  function want(country: string | undefined) {
    const code = country?.trim().toUpperCase()
    if (!code) return
    const held = loaded.peek().get(code)
    // A stand-in (the data could not be fetched) is tried again when its country is chosen again.
    if (held && !held.generic) return
    const here = addressFormat(code)
    if (here) remember(here)
    else void fetchFormat(code)
  }

  const stop = effect(() => {
    want(state.shippingAddress.value.country)
    want(state.billingAddress.value.country)
  })

  const formatOf = (country: string | undefined) =>
    (country && loaded.value.get(country.trim().toUpperCase())) || null

  return {
    shippingAddressFormat: computed(() => formatOf(state.shippingAddress.value.country)),
    billingAddressFormat: computed(() => formatOf(state.billingAddress.value.country)),
    peek: (section) => {
      const country = countryOf(section)
      return country ? addressFormat(country) : undefined
    },
    ready: async (section) => {
      const country = countryOf(section)
      if (!country) return undefined
      return addressFormat(country) ?? fetchFormat(country)
    },
    dispose: stop,
  }
}
