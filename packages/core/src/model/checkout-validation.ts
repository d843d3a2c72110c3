import type * as z from 'zod/mini'
import { addressInputs } from '../address/address-form-rows.js'
import type { AddressFormat } from '../address/address-format.js'
import { normalizeAddress, validateAddress } from '../address/address-rules.js'
import type { CheckoutError } from '../errors.js'
import { type Address, addressSchema } from '../schemas/address.js'
import { type Contact, contactSchema } from '../schemas/contact.js'
import type {
  AddressDraft,
  CheckoutFieldError,
  CheckoutFieldErrors,
  ContactDraft,
} from './checkout-types.js'

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: CheckoutFieldErrors }
export type AddressSection = 'shippingAddress' | 'billingAddress'

/** Checks the contact before any request, so a typo costs no round trip. */
export function checkContact(draft: ContactDraft): Checked<Contact> {
  return check(contactSchema, withoutBlanks(draft), 'contact')
}

/**
 * Checks an address before any request, with the server's rules: the schema's shape plus what
 * its country's post needs (`format`; without it, the shape only), all reported at once. Sends
 * the normalised form, without the fields the country's form does not show (a city typed for
 * the US stays behind when the shopper switches to Japan).
 */
export function checkAddress(
  draft: AddressDraft,
  section: AddressSection,
  format: AddressFormat | undefined,
): Checked<Address> {
  const given = format ? shownFields(withoutBlanks(draft), format) : withoutBlanks(draft)
  const shape = check(addressSchema, given, section)
  const local = format && given.country ? countryErrors(given, section, format) : {}
  if (shape.ok && Object.keys(local).length === 0) {
    return { ok: true, value: normalizeAddress(shape.value, format) }
  }
  // The schema's finding wins on a field both flag: it is the more basic one.
  return { ok: false, errors: { ...local, ...(shape.ok ? {} : shape.errors) } }
}

/**
 * Every field the address needs, its country's included, has something in it; a format may still
 * be wrong. Saving when the shopper leaves the form waits for this, so it never flags fields they
 * have not reached yet. False until the country's format is here.
 */
export function isAddressComplete(draft: AddressDraft, format: AddressFormat | undefined): boolean {
  if (!format) return false
  const checked = checkAddress(draft, 'shippingAddress', format)
  return checked.ok || Object.values(checked.errors).every((error) => error.reason !== 'required')
}

const countryFields = { city: 'city', region: 'region', postalCode: 'postalCode' } as const

function shownFields(draft: Partial<AddressDraft>, format: AddressFormat): Partial<AddressDraft> {
  const shown = addressInputs(format)
  const kept = { ...draft }
  for (const field of Object.values(countryFields)) if (!shown.has(field)) delete kept[field]
  return kept
}

function countryErrors(
  given: Partial<AddressDraft>,
  section: AddressSection,
  format: AddressFormat,
): CheckoutFieldErrors {
  const { country = '', city, postalCode, region } = given
  const broken = validateAddress({ country, city, postalCode, region }, format)
  return Object.fromEntries(
    broken.map(({ field, message, reason = 'invalid' }) => [
      `${section}.${field}`,
      { reason, message },
    ]),
  )
}

/**
 * Maps a server refusal onto fields: onto one `field` (a code, an option) or, with a `prefix`,
 * onto each field the server names. Null when it is not a field problem.
 */
export function fieldErrorsFrom(
  error: CheckoutError,
  target: { field?: string; prefix?: string },
): CheckoutFieldErrors | null {
  if (error.code !== 'VALIDATION') return null
  const reason = error.reason ?? 'invalid'
  if (target.field) {
    const message = error.fieldErrors[0]?.message ?? error.message
    return { [target.field]: { reason, message } }
  }
  if (error.fieldErrors.length === 0) return null
  return Object.fromEntries(
    error.fieldErrors.map((fieldError) => [
      qualify(fieldError.field, target.prefix),
      // A server that names each field's reason (the REST contract does) is worded per field.
      { reason: fieldError.reason ?? reason, message: fieldError.message },
    ]),
  )
}

/** Replaces the errors under `scope` (a path or a section) with `next`, leaving the others. */
export function replaceFieldErrors(
  current: CheckoutFieldErrors,
  scope: string,
  next: CheckoutFieldErrors = {},
): CheckoutFieldErrors {
  const kept = Object.entries(current).filter(([path]) => !isUnder(path, scope))
  return { ...Object.fromEntries(kept), ...next }
}

export function isUnder(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`)
}

function qualify(field: string, prefix: string | undefined): string {
  if (!prefix || isUnder(field, prefix)) return field
  return field ? `${prefix}.${field}` : prefix
}

function check<T>(schema: z.ZodMiniType<T>, input: unknown, section: string): Checked<T> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: Record<string, CheckoutFieldError> = {}
  for (const issue of result.error.issues) {
    const path = [section, ...issue.path.map(String)].join('.')
    errors[path] ??= { reason: reasonOf(issue), message: issue.message }
  }
  return { ok: false, errors }
}

/** Reasons are i18n keys, so the widget words them in the shopper's language. */
function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'required'
    case 'too_small':
      return issue.minimum === 1 ? 'required' : 'too_short'
    case 'too_big':
      return 'too_long'
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format'
    default:
      return 'invalid'
  }
}

/** An emptied input means "not given": optional fields drop out and required ones say so. */
function withoutBlanks<T extends object>(draft: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(draft).filter(([, value]) => !(typeof value === 'string' && !value.trim())),
  ) as Partial<T>
}
