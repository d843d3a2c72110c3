import { type Address, type AddressDraft, normalizeAddress } from '@weship/checkout-core'

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

/** The typed address is the one the cart holds (as the server normalised it). */
export function isAddressSaved(draft: AddressDraft, saved: Address | null | undefined): boolean {
  if (!saved) return false
  const typed = normalizeAddress({ ...trimmed(draft), country: draft.country ?? '' })
  const typedFields: Partial<Record<string, string>> = typed
  const savedFields: Partial<Record<string, string>> = saved
  return compared.every(
    (key) => (typedFields[key] || undefined) === (savedFields[key] || undefined),
  )
}

function trimmed(draft: AddressDraft): AddressDraft {
  return Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [key, value?.trim() || undefined]),
  )
}
