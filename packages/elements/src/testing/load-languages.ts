import { languages } from '../i18n/locale-choice.js'
import { addEnglish, loadLanguageFor } from '../i18n/translator.js'
import { pageEnglish as orderStatusEnglish } from '../order-status/order-status-page.js'
import { pageEnglish as checkoutEnglish } from '../steps/checkout-page.js'
import { laterStepsEnglish } from '../steps/later-steps.js'

// Component tests render steps without the chunks that bring them, so they get what a page has
// once every chunk is here: the steps' English and every language.
addEnglish({ ...checkoutEnglish, ...laterStepsEnglish, ...orderStatusEnglish })
await Promise.all(languages.map(loadLanguageFor))
