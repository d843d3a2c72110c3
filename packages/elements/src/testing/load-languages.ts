import { pageEnglish } from '../i18n/page-english.js'
import { addEnglish, languages, loadLanguage } from '../i18n/translator.js'

// Component tests render steps without the chunks that bring them, so they get what a page has
// once every chunk is here: the steps' English and every language.
addEnglish(pageEnglish)
await Promise.all(languages.map(loadLanguage))
