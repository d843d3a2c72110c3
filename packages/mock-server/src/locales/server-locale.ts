import { createRequire } from 'node:module'
import {
  formattingLocale,
  type MessageTree,
  matchLocale,
  pseudoLocale,
  pseudoLocalize,
  type SupportedLocale,
  supportedLocales,
  textDirection,
} from '@weship/checkout-core'

/** What the server's own pages, e-mails and demo carrier are written in, besides the widget. */
export type ServerNamespace = 'email' | 'payment-pages' | 'carrier'
/** A locale the server speaks: a supported one, or the pseudo-locale made from English. */
export type ServerLocale = SupportedLocale | typeof pseudoLocale

const serverLocales: readonly ServerLocale[] = [...supportedLocales, pseudoLocale]
const require = createRequire(import.meta.url)
const loaded = new Map<string, MessageTree>()

export interface LocaleChoice {
  /** The locale whose messages are shown (`pt-AO` → pt-PT). */
  language: ServerLocale
  /** For numbers, dates and money: the shopper's own tag where it fits the language shown. */
  locale: string
  dir: 'ltr' | 'rtl'
}

/** The server's locale for a shopper's tag, by the same fallback chain as the widget. */
export function serverLocale(tag: string | null | undefined): LocaleChoice {
  const language = matchLocale(tag, serverLocales)
  return { language, locale: formattingLocale(tag, language), dir: textDirection(language) }
}

/**
 * A namespace's messages in a locale, read once from core's locale files: a server speaking
 * one shopper's language never holds the other 34.
 */
export function localeMessages<T = MessageTree>(
  namespace: ServerNamespace,
  locale: ServerLocale,
): T {
  const key = `${namespace}/${locale}`
  let messages = loaded.get(key)
  if (!messages) {
    messages =
      locale === pseudoLocale
        ? pseudoLocalize(localeMessages<MessageTree>(namespace, 'en'))
        : (require(`@weship/checkout-core/locales/${namespace}/${locale}.json`) as MessageTree)
    loaded.set(key, messages)
  }
  return messages as T
}
