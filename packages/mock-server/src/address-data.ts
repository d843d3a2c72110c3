import { addAddressData } from '@weship/checkout-core'
import { allAddressData } from '@weship/checkout-core/address-data'

/**
 * Makes every country's address data known: the server checks addresses and writes them in
 * messages with the same data the widget's form fetches one country at a time.
 */
export function useAllAddressData(): void {
  addAddressData(allAddressData)
}
