import type { Address } from '@weship/checkout-core'
import { countryName } from './country-names.js'
import { useTranslator } from './translator-context.js'

/** An address as lines, the country named in the shopper's language. */
export function PostalAddress({ address }: { address: Address }) {
  const { locale } = useTranslator()
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ')
  const lines = [
    address.name,
    address.company,
    address.line1,
    address.line2,
    cityLine,
    countryName(address.country, locale),
  ]
  return (
    <address part="address" class="postal-address">
      {lines.filter(Boolean).map((line) => (
        <span key={line} class="address-line">
          {line}
        </span>
      ))}
    </address>
  )
}
