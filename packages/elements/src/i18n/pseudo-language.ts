// The pseudo-locale's messages (`locale="en-XA"`), made from the whole of English: a language
// file like any other, fetched only by a page in it. The builds write theirs at build time
// (build/language-files.mjs); this module is what tests and dev servers load.
import { pseudoLocalize } from '@weship/checkout-core'
import en from '@weship/checkout-core/locales/en.json'

export default pseudoLocalize(en)
