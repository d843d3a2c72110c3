import ar from '@weship/checkout-core/locales/ar.json'
import de from '@weship/checkout-core/locales/de.json'
import en from '@weship/checkout-core/locales/en.json'
import es from '@weship/checkout-core/locales/es.json'
import fr from '@weship/checkout-core/locales/fr.json'
import { createInstance } from 'i18next'
import type { MessageKey } from './message-key.js'

export const languages = ['en', 'de', 'es', 'fr', 'ar'] as const
export type Language = (typeof languages)[number]

const resources = {
  en: { translation: en },
  de: { translation: de },
  es: { translation: es },
  fr: { translation: fr },
  ar: { translation: ar },
}

const rightToLeft: readonly Language[] = ['ar']

export interface Translator {
  /** BCP 47 locale for numbers and money, e.g. `de-AT`; may be finer than `language`. */
  readonly locale: string
  /** The language whose messages are shown. */
  readonly language: Language
  readonly dir: 'ltr' | 'rtl'
  t(key: MessageKey, values?: Record<string, string | number>): string
}

/** The bundled language closest to a locale: `de-AT` → `de`, `ja-JP` → `en`. */
export function languageFor(locale: string): Language {
  const primary = locale.split('-')[0]?.toLowerCase()
  return languages.find((language) => language === primary) ?? 'en'
}

/** One i18next instance per element: the host page may run its own i18next. */
export function createTranslator(locale: string): Translator {
  const language = languageFor(locale)
  const i18n = createInstance()
  // Resources are bundled, so init completes synchronously; the promise only ever settles.
  i18n
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...languages],
      resources,
      initAsync: false,
      // Preact escapes text content, so i18next must not escape a second time.
      interpolation: { escapeValue: false },
    })
    .catch(() => undefined)
  return {
    locale,
    language,
    dir: rightToLeft.includes(language) ? 'rtl' : 'ltr',
    t: (key, values) => String(i18n.t(key, values ?? {})),
  }
}
