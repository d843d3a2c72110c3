// Every country the address data set describes (ISO 3166-1 alpha-2, plus AC Ascension, TA
// Tristan da Cunha and XK Kosovo, which post offices address on their own), packed two letters
// each; `address-data.test.ts` holds it to the data set. Names come from `Intl.DisplayNames` in
// the shopper's language, so no name ships in the bundle.
const packed =
  'ACADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICK' +
  'CLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGT' +
  'GUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMA' +
  'MCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPS' +
  'PTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTATCTDTFTGTHTJTKTLTMTNTOTRTTTVTW' +
  'TZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW'

let codes: readonly string[] | undefined

/** Every country code an address may carry, A to Z (unpacked on first use). */
export function countryCodes(): readonly string[] {
  codes ??= packed.match(/../g) ?? []
  return codes
}
