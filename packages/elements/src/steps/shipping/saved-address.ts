import {
  type Address,
  type AddressDraft,
  type AddressFormat,
  addressInputs,
  normalizeAddress,
} from '@weship/checkout-core'

const compared = [
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
  format: AddressFormat | null,
): boolean {
  if (!saved) return false
  const shown = format ? addressInputs(format) : null
  const hidden = (key: string) =>
    shown !== null && (key === 'city' || key === 'region' || key === 'postalCode')
      ? !shown.has(key)
      : false
  const typed = normalizeAddress(
    { ...trimmed(draft), country: draft.country ?? '' },
    format ?? undefined,
  )
  const typedFields: Partial<Record<string, string>> = typed
  const savedFields: Partial<Record<string, string>> = saved
  return compared.every(
    (key) => hidden(key) || (typedFields[key] || undefined) === (savedFields[key] || undefined),
  )
}

function trimmed(draft: AddressDraft): AddressDraft {
  return Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [key, value?.trim() || undefined]),
  )
}
