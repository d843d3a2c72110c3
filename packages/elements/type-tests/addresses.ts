// The TypeScript of docs/addresses.md, verbatim (docs-snippets.test.ts checks it): it must compile
// under `strict` against the built packages, as a developer would paste it.
import {
  addAddressData,
  addressFormRows,
  formatAddress,
  loadAddressFormat,
  validateAddress,
} from '@weship/checkout-core'
import { allAddressData } from '@weship/checkout-core/address-data'

// In a browser: fetch one country's data (one small file), then check and print with it.
const japan = await loadAddressFormat('JP')
const tokyo = {
  name: '山田太郎',
  line1: '渋谷区渋谷1-2-3',
  region: '13',
  postalCode: '150-0002',
  country: 'JP',
}
console.log(validateAddress(tokyo, japan)) // []
console.log(formatAddress(tokyo, { locale: 'en' }).join('\n'))
// 〒150-0002 / 東京都 / 渋谷区渋谷1-2-3 / 山田太郎 / Japan, a line each
console.log(addressFormRows(japan, 'en').map((row) => row.map((field) => field.input)))
// [['name'], ['street'], ['region'], ['postalCode']]

// On a server: every country at once (73 KB), then check synchronously.
addAddressData(allAddressData)
const refused = validateAddress({
  name: 'Ada Lovelace',
  line1: '350 Fifth Avenue',
  city: 'New York',
  region: 'NY',
  postalCode: '94103',
  country: 'US',
})
console.log(refused[0]?.reason) // 'postal_code_mismatch'
