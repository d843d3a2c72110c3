import type { ShippingOption } from '@weship/checkout-core'
import type { Translator } from '../i18n/translator.js'

/**
 * A delivery option's name in the shopper's language, by its kind ("Standard delivery"), as
 * every backend gives one (ADR 0023). Only where two options share a kind and a carrier does the
 * backend's own label name them, since the kind alone would not tell them apart.
 */
export function deliveryOptionName(
  t: Translator['t'],
  option: ShippingOption,
  options: readonly ShippingOption[],
): string {
  const twin = options.some(
    (other) =>
      other.id !== option.id && other.kind === option.kind && other.carrier === option.carrier,
  )
  return twin ? option.label : t(`shipping.kinds.${option.kind}`)
}
