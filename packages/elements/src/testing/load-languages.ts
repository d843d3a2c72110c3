import { languages, loadLanguage } from '../i18n/translator.js'

await Promise.all(languages.map(loadLanguage))
