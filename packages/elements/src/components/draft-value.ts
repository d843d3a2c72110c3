import type { Checkout, DraftFieldPath } from '@weship/checkout-core'

/** The typed value at a draft path, as an input shows it ('' when there is none). */
export function draftValue(checkout: Checkout, path: DraftFieldPath): string {
  const [section, key] = path.split('.') as [string, string]
  const drafts: Record<string, Readonly<Record<string, unknown>>> = {
    contact: checkout.contact.value,
    shippingAddress: checkout.shippingAddress.value,
    billingAddress: checkout.billingAddress.value,
  }
  const value = drafts[section]?.[key]
  return typeof value === 'string' ? value : ''
}
