import ar from '@weship/checkout-core/locales/email/ar.json' with { type: 'json' }
import de from '@weship/checkout-core/locales/email/de.json' with { type: 'json' }
import en from '@weship/checkout-core/locales/email/en.json' with { type: 'json' }
import es from '@weship/checkout-core/locales/email/es.json' with { type: 'json' }
import fr from '@weship/checkout-core/locales/email/fr.json' with { type: 'json' }
import i18next, { type TFunction } from 'i18next'

const resources = {
  en: { email: en },
  de: { email: de },
  es: { email: es },
  fr: { email: fr },
  ar: { email: ar },
}
export type EmailLanguage = keyof typeof resources
const languages = Object.keys(resources) as EmailLanguage[]

export interface EmailTranslator {
  language: EmailLanguage
  /** The shopper's own locale when it names a region (`de-AT`), for dates and money. */
  locale: string
  dir: 'ltr' | 'rtl'
  t: TFunction<'email'>
}

// One instance, never i18next's global singleton: the server may host other i18n users.
const instance = i18next.createInstance()
void instance.init({
  resources,
  ns: ['email'],
  defaultNS: 'email',
  fallbackLng: 'en',
  supportedLngs: languages,
  // Synchronous: resources are bundled, and rendering must not wait for anything.
  initAsync: false,
  interpolation: { escapeValue: false },
})

/** Messages in the checkout locale the shopper used (`de-DE` → German), English otherwise. */
export function emailTranslator(checkoutLocale: string | undefined): EmailTranslator {
  const requested = checkoutLocale?.trim() || 'en'
  const base = requested.split(/[-_]/)[0]?.toLowerCase() ?? 'en'
  const language = languages.find((candidate) => candidate === base) ?? 'en'
  const locale = language === base && isValidLocale(requested) ? requested : language
  return {
    language,
    locale,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    t: instance.getFixedT(language, 'email'),
  }
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
