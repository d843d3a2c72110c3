import type { AddressFormat, AddressLabelKind } from '@weship/checkout-core'
import type { MessageKey } from '../i18n/message-key.js'

/** The message of a field's local name: "State", "Prefecture", "PIN code", "Eircode"… */
export function addressLabelKey(kind: AddressLabelKind): MessageKey {
  return `address.labels.${kind}`
}

/** All-digit postal codes get the numeric keypad; letters (GB, CA, IE) need the full keyboard. */
export function postalInputMode(format: AddressFormat): 'numeric' | 'text' {
  const example = format.postalCode?.example?.replace(/[-\s]/g, '')
  return example && /^\d+$/.test(example) ? 'numeric' : 'text'
}
