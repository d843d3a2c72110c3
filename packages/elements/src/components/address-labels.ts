import type { AddressRules } from '@weship/checkout-core'
import type { MessageKey } from '../i18n/message-key.js'

// Core names each country's terms in English; these map them onto the shopper's language.
const postalLabels: Readonly<Record<string, MessageKey>> = {
  'ZIP code': 'address.zipCode',
  postcode: 'address.postcode',
}
const regionLabels: Readonly<Record<string, MessageKey>> = {
  state: 'address.state',
  'state or territory': 'address.stateOrTerritory',
  'province or territory': 'address.provinceOrTerritory',
  prefecture: 'address.prefecture',
}

/** "ZIP code" in the US, "Postcode" in GB, AU and NL, "Postal code" elsewhere. */
export function postalCodeLabel(rules: AddressRules): MessageKey {
  return postalLabels[rules.postalCode?.label ?? ''] ?? 'address.postalCode'
}

/** "State", "Province or territory", "Prefecture"… as the country calls its regions. */
export function regionLabel(rules: AddressRules): MessageKey {
  return regionLabels[rules.regionLabel] ?? 'address.region'
}

/** All-digit postal codes get the numeric keypad; letters (CA, GB, NL) need the full keyboard. */
export function postalInputMode(rules: AddressRules): 'numeric' | 'text' {
  const example = rules.postalCode?.example.replace(/[-\s]/g, '')
  return example && /^\d+$/.test(example) ? 'numeric' : 'text'
}
