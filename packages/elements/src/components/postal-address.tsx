import {
  type Address,
  type AddressFormat,
  addressFormat,
  formatAddress,
  loadAddressFormat,
} from '@weship/checkout-core'
import { useEffect, useState } from 'preact/hooks'
import { useTranslator } from './translator-context.js'

/**
 * An address as its country writes it (core's `formatAddress`: "New York, NY 10118", Japanese
 * order in Japanese script), the country named in the shopper's language. Each line sets its
 * own direction, so "10115 Berlin" keeps its order on a right-to-left page.
 */
export function PostalAddress({ address }: { address: Address }) {
  const { locale } = useTranslator()
  const format = useAddressFormat(address.country)
  const lines = format ? formatAddress(address, { locale }) : []
  return (
    <address part="address" class="postal-address" aria-busy={format ? undefined : 'true'}>
      {lines.map((line, index) => (
        // Lines may repeat (a city named like its region), so their place is their key.
        <span key={index} class="address-line" dir="auto">
          {line}
        </span>
      ))}
    </address>
  )
}

/** The country's format, fetched when it is not here yet (a status page opened from an e-mail). */
function useAddressFormat(country: string): AddressFormat | null {
  const [format, setFormat] = useState(() => addressFormat(country) ?? null)
  const current = format?.country === country.trim().toUpperCase() ? format : null
  useEffect(() => {
    if (current) return
    let live = true
    void loadAddressFormat(country).then((loaded) => {
      if (live) setFormat(loaded)
    })
    return () => {
      live = false
    }
  }, [country, current])
  return current
}
