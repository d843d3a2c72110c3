import type { CheckoutAdapter } from '../adapter.js'
import type { AddressFormats } from './checkout-address-formats.js'
import type { CartWriter } from './checkout-cart.js'
import type { Runner } from './checkout-run.js'
import type { CheckoutState } from './checkout-state.js'
import type { AddressDraft, ContactDraft } from './checkout-types.js'
import { type AddressSection, checkAddress, checkContact } from './checkout-validation.js'
import { addressKey } from './saved-input.js'

export interface DetailsContext {
  adapter: CheckoutAdapter
  writer: CartWriter
  state: CheckoutState
  runner: Runner
  formats: AddressFormats
}

/** The shopper's details on the cart: contact, shipping and billing addresses. */
export function createDetailActions(
  { adapter, writer, state, runner, formats }: DetailsContext,
  choices: { loadShippingOptions(): Promise<boolean>; cancelShippingOptions(): void },
) {
  const ok = (result: unknown) => result !== null
  const showFieldErrors = state.showFieldErrors
  /** The shipping address being saved, so a second save of the same one joins it. */
  let savingAddress: { key: string | null; done: Promise<boolean> } | null = null
  /** Counts address saves: only the latest one lists options (an older list is for nothing). */
  let addressSaves = 0

  /** Saves the given contact, else the one typed; what is typed while it saves is saved next. */
  async function setContact(given?: ContactDraft): Promise<boolean> {
    const contact = given ?? state.contact.peek()
    state.contact.value = { ...contact }
    const checked = checkContact(contact)
    showFieldErrors('contact', checked.ok ? {} : checked.errors)
    if (!checked.ok) return false
    const saved = await runner.run(
      'setContact',
      () =>
        // A new e-mail can end a once-per-customer code, so totals may move.
        writer.change((cart) => adapter.setContact(cart.id, checked.value), {
          affectsTotals: true,
        }),
      { fields: { prefix: 'contact' }, again: () => setContact(given) },
    )
    if (!ok(saved)) return false
    // The shopper fixed a typo while the answer was on its way: the cart must not keep the typo.
    return given || sameContact(state.contact.peek(), contact) ? true : setContact()
  }

  /**
   * Saves the address, then loads the delivery options it allows. Saving the very address that
   * is on its way (typed, then "Continue" at once) joins that request instead of sending another.
   */
  function setShippingAddress(
    address: AddressDraft = state.shippingAddress.peek(),
  ): Promise<boolean> {
    // The draft itself stays the same object, so nothing watching it mistakes this for typing.
    if (address !== state.shippingAddress.peek()) state.shippingAddress.value = { ...address }
    const checked = checkAddress(address, 'shippingAddress', formats.peek('shippingAddress'))
    const key = checked.ok ? addressKey(checked.value) : null
    if (key && savingAddress?.key === key) return savingAddress.done
    // Options still on their way are for the address being replaced.
    if (checked.ok) choices.cancelShippingOptions()
    const done = saveShippingAddress(address, checked.ok ? ++addressSaves : -1).finally(() => {
      if (savingAddress?.done === done) savingAddress = null
    })
    savingAddress = { key, done }
    return done
  }

  async function saveShippingAddress(address: AddressDraft, save: number): Promise<boolean> {
    const saved = await sendAddress('shippingAddress', address, () => setShippingAddress(address))
    // The address is saved even if its options fail to load; that failure has its own retry.
    if (saved && save === addressSaves) await choices.loadShippingOptions()
    return saved
  }

  /** Billing is always a separate address from here on; `setBillingSameAsShipping` goes back. */
  function setBillingAddress(
    address: AddressDraft = state.billingAddress.peek(),
  ): Promise<boolean> {
    state.billingAddress.value = { ...address }
    state.billingSameAsShipping.value = false
    return sendAddress('billingAddress', address, () => setBillingAddress(address))
  }

  async function sendAddress(
    section: AddressSection,
    draft: AddressDraft,
    again: () => Promise<unknown>,
  ): Promise<boolean> {
    // The country's rules decide what to send: wait for them if they are still on their way.
    const format = formats.peek(section) ?? (await formats.ready(section))
    const checked = checkAddress(draft, section, format)
    showFieldErrors(section, checked.ok ? {} : checked.errors)
    if (!checked.ok) return false
    const address = checked.value
    const isShipping = section === 'shippingAddress'
    const saved = await runner.run(
      isShipping ? 'setShippingAddress' : 'setBillingAddress',
      () =>
        writer.change(
          (cart) =>
            isShipping
              ? adapter.setShippingAddress(cart.id, address)
              : adapter.setBillingAddress(cart.id, address),
          // Tax follows the shipping address, so its totals are in doubt until the answer.
          { affectsTotals: isShipping },
        ),
      { fields: { prefix: section }, again },
    )
    return ok(saved)
  }

  async function setBillingSameAsShipping(same: boolean): Promise<boolean> {
    state.billingSameAsShipping.value = same
    showFieldErrors('billingAddress', {})
    // Choosing "different" sends nothing yet: the shopper types that address next.
    if (!same || writer.shown()?.billingAddress === null) return true
    const saved = await runner.run(
      'setBillingAddress',
      () =>
        writer.change((cart) => adapter.setBillingAddress(cart.id, null), { affectsTotals: false }),
      { fields: { prefix: 'billingAddress' }, again: () => setBillingSameAsShipping(same) },
    )
    return ok(saved)
  }

  return { setContact, setShippingAddress, setBillingAddress, setBillingSameAsShipping }
}

function sameContact(a: ContactDraft, b: ContactDraft): boolean {
  return (
    a.email === b.email &&
    a.locale === b.locale &&
    JSON.stringify(a.marketingConsent ?? {}) === JSON.stringify(b.marketingConsent ?? {})
  )
}
