import i18next, { type TFunction } from 'i18next'
import { localeMessages, type ServerLocale, serverLocale } from '../locales/server-locale.js'

export interface EmailTranslator {
  /** The locale whose messages are shown (`pt-AO` → pt-PT), by the widget's fallback chain. */
  language: ServerLocale
  /** The shopper's own locale where it fits the language (`de-AT`), for dates and money. */
  locale: string
  dir: 'ltr' | 'rtl'
  t: TFunction<'email'>
}

// One instance, never i18next's global singleton: the server may host other i18n users.
const instance = i18next.createInstance()
void instance.init({
  resources: { en: { email: localeMessages('email', 'en') } },
  ns: ['email'],
  defaultNS: 'email',
  fallbackLng: 'en',
  // Tags as our files name them (`zh-Hant`, `pt-BR`): no lookup of `zh` or `pt` on the way.
  load: 'currentOnly',
  // Synchronous: resources are read from disk, and rendering must not wait for anything.
  initAsync: false,
  interpolation: { escapeValue: false },
})

/** Messages in the checkout locale the shopper used (`de-DE` → German), English otherwise. */
export function emailTranslator(checkoutLocale: string | undefined): EmailTranslator {
  const { language, locale, dir } = serverLocale(checkoutLocale)
  if (!instance.hasResourceBundle(language, 'email')) {
    instance.addResourceBundle(language, 'email', localeMessages('email', language))
  }
  return { language, locale, dir, t: instance.getFixedT(language, 'email') }
}
