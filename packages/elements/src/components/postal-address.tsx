import type { Address } from '@weship/checkout-core'
import { useTranslator } from './translator-context.js'

const regionNames = new Map<string, Intl.DisplayNames>()

/** An address as lines, the country named in the shopper's language. */
export function PostalAddress({ address }: { address: Address }) {
  const { locale } = useTranslator()
  let names = regionNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' })
    regionNames.set(locale, names)
  }
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ')
  const lines = [
    address.name,
    address.company,
    address.line1,
    address.line2,
    cityLine,
    names.of(address.country) ?? address.country,
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
