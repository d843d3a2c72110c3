import type { ComponentChildren } from 'preact'
import { isolated } from '../i18n/isolated.js'
import type { MessageKey } from '../i18n/message-key.js'
import type { Translator } from '../i18n/translator.js'

// Brand names are trademarks: the same words in every language.
const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
}

/** "Visa ending in 4242", or the method's name when the brand or digits are unknown. */
export function cardLabel(
  t: Translator['t'],
  key: MessageKey,
  card: { brand?: string | undefined; last4?: string | undefined },
  fallback: string,
): ComponentChildren {
  if (!card.last4) return fallback
  const brand = card.brand ? (brandNames[card.brand] ?? card.brand) : fallback
  return isolated(t, key, { brand, last4: card.last4 })
}
