import {
  type Address,
  type AddressDraft,
  addressRules,
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

/**
 * Every field the country asks for has something in it, so saving on leaving the form checks a
 * finished address instead of flagging fields the shopper has not reached yet.
 */
export function isAddressFilled(draft: AddressDraft): boolean {
  const rules = addressRules(draft.country ?? '')
  const has = (value: string | undefined) => Boolean(value?.trim())
  return (
    has(draft.country) &&
    has(draft.name) &&
    has(draft.line1) &&
    has(draft.city) &&
    (!rules.postalCode || has(draft.postalCode)) &&
    (!rules.regionRequired || has(draft.region))
  )
}
