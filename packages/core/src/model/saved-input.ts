import { addressInputs } from '../address/address-form-rows.js'
import type { AddressFormat } from '../address/address-format.js'
import { normalizeAddress } from '../address/address-rules.js'
import type { Address } from '../schemas/address.js'
import { type Contact, marketingChannels } from '../schemas/contact.js'
import type { AddressDraft, ContactDraft } from './checkout-types.js'

/** Every field of an address, in the order a form shows them. */
export const addressFields = [
  'name',
  'company',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
  'phone',
] as const

/**
 * The typed address is the one the cart holds (as the server normalised it), in the fields its
 * country's form shows: a city left over from another country is not sent, so not compared.
 */
export function isAddressSaved(
  draft: AddressDraft,
  saved: Address | null | undefined,
  format?: AddressFormat | null,
): boolean {
  if (!saved) return false
  const shown = format ? addressInputs(format) : null
  const hidden = (key: string) =>
    shown !== null && (key === 'city' || key === 'region' || key === 'postalCode')
      ? !shown.has(key)
      : false
  const trimmed = Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [key, value?.trim() || undefined]),
  )
  const typed: AddressDraft = normalizeAddress(
    { ...trimmed, country: draft.country ?? '' },
    format ?? undefined,
  )
  return addressFields.every(
    (key) => hidden(key) || (typed[key] || undefined) === (saved[key] || undefined),
  )
}

/**
 * The typed e-mail, marketing consent and language are what the cart holds. A backend that keeps
 * no language (the contract makes it optional) still holds the contact: else its checkout would
 * never leave Contact.
 */
export function isContactSaved(draft: ContactDraft, saved: Contact | null | undefined): boolean {
  if (!saved) return false
  const sameConsent = marketingChannels.every(
    (channel) => !!draft.marketingConsent?.[channel] === !!saved.marketingConsent?.[channel],
  )
  const sameLocale = !saved.locale || !draft.locale || draft.locale === saved.locale
  const email = draft.email?.trim().toLowerCase()
  return email === saved.email.toLowerCase() && sameConsent && sameLocale
}

/** A stable key of an address as the cart holds it, to tell which address a list was made for. */
export function addressKey(address: Address | null | undefined): string | null {
  return address ? JSON.stringify(addressFields.map((key) => address[key] ?? '')) : null
}
