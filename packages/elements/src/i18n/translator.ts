import { canonicalLocale } from '@weship/checkout-core'
import type en from '@weship/checkout-core/locales/en.json'
// Of the cart's words only what the checkout shows while its code is on its way (cart-loading);
// declines, conflicts, cancels and gone carts are the checkout's own to tell.
import frameEnglish from '@weship/checkout-core/locales/en.json?pick=actions,addToCart,cart.loading,cart.title,cartButton,drawer,errors&omit=errors.cancelled,errors.conflict,errors.paymentDeclined,errors.reasons.cart_already_ordered,errors.reasons.cart_not_found'
import { createInstance, type i18n } from 'i18next'
import { loadLanguageModule } from './language-loaders.js'
import type { Language, localeChoice } from './locale-choice.js'
import type { MessageKey } from './message-key.js'

export type { Language }
export type Messages = typeof en

/**
 * English is the source of truth and the fallback, so it ships with the widget: the groups the
 * buttons and an element's frame speak here, the rest with the checkout's and the order status
 * page's chunks (`addEnglish`). Every other language is one chunk, fetched only by pages that
 * speak it (see ADR 0007).
 */
const english: Partial<Messages> = { ...frameEnglish }

const loaded = new Map<Language, Partial<Messages>>([['en', english]])
const loading = new Map<Language, Promise<boolean>>()
const failed = new Set<Language>()

export interface Translator {
  /** BCP 47 locale for numbers and money, e.g. `de-AT`; may be finer than `language`. */
  readonly locale: string
  /** The language whose messages are shown. */
  readonly language: Language
  readonly dir: 'ltr' | 'rtl'
  t(key: MessageKey, values?: Record<string, string | number>): string
}

type LocaleChoice = typeof localeChoice
let choice: LocaleChoice | undefined
let choosing: Promise<LocaleChoice | undefined> | undefined
// Set when the chain could not be fetched: such a page speaks English rather than wait forever.
let failedChoice = false

/**
 * English, and how an English page formats: `en-GB` as itself. The pseudo-locale `en-XA` is not
 * English here: it is chosen like a language.
 */
function englishFormat(locale: string): string | undefined {
  const canonical = canonicalLocale(locale)
  if (!canonical) return 'en'
  const [language, next] = canonical.split('-')
  return language === 'en' && next !== 'XA' ? canonical : undefined
}

/** Fetches the fallback chain once; a chain that could not be fetched leaves the page English. */
function loadLocaleChoice(): Promise<LocaleChoice | undefined> {
  choosing ??= import('./locale-choice.js').then(
    (module) => {
      choice = module.localeChoice
      return choice
    },
    () => {
      choosing = undefined
      return undefined
    },
  )
  return choosing
}

/**
 * The widget's language for a locale, along the fallback chain (`de-AT` → de, `pt-AO` → pt-PT,
 * `zh-HK` → zh-Hant, `nn` → nb, else English), decided before any language is fetched. English
 * at once for English tags; undefined for another tag until the chain is here
 * (`loadLanguageFor`).
 */
export function languageFor(locale: string): Language | undefined {
  return englishFormat(locale) ? 'en' : choice?.languageFor(locale)
}

/** Fetches what a locale needs: the chain if it is not English, then its language. */
export async function loadLanguageFor(locale: string): Promise<boolean> {
  if (!englishFormat(locale) && !(await loadLocaleChoice())) {
    failedChoice = true
    return false
  }
  return loadLanguage(languageFor(locale) ?? 'en')
}

/** Nothing more to wait for: the locale's language is here, or it speaks English instead. */
export function isLocaleSettled(locale: string): boolean {
  const language = languageFor(locale)
  return language ? isLanguageSettled(language) : failedChoice
}

/** Loaded, or given up on (the widget then speaks English): nothing more to wait for. */
export function isLanguageSettled(language: Language): boolean {
  return loaded.has(language) || failed.has(language)
}

/** Fetches a language's messages once; resolves to false when they could not be fetched. */
export function loadLanguage(language: Language): Promise<boolean> {
  if (language === 'en' || loaded.has(language)) return Promise.resolve(true)
  let pending = loading.get(language)
  if (!pending) {
    pending = loadLanguageModule(language).then(
      (module) => {
        loaded.set(language, module.default as Partial<Messages>)
        return true
      },
      () => {
        failed.add(language)
        loading.delete(language)
        return false
      },
    )
    loading.set(language, pending)
  }
  return pending
}

/** The English messages this page has so far: the frame's, plus what chunks brought. */
export function englishSoFar(): Readonly<Partial<Messages>> {
  return english
}

/** Every i18next instance made so far, to give each the English a chunk brings. */
const instances = new Set<i18n>()

/** Adds English messages that came with a chunk, to the translators made before it too. */
export function addEnglish(messages: Partial<Messages>): void {
  // Merged: a chunk may bring the rest of a group the first load has a part of.
  merge(english, messages)
  for (const instance of instances) instance.addResourceBundle('en', 'translation', messages, true)
}

/**
 * Options for i18next: `count` as a number, to choose the plural form; every number shown in
 * the locale's digits and grouping (٣ in Egypt, ۳ in Iran, 1.200 in Germany), as the prices are.
 */
export function withDigits(
  values: Record<string, string | number> = {},
  format: (value: number) => string,
): { count?: number; replace: Record<string, string> } {
  const replace = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? format(value) : value,
    ]),
  )
  return typeof values.count === 'number' ? { count: values.count, replace } : { replace }
}

type LocaleInfo = Intl.Locale & { getNumberingSystems?(): string[]; numberingSystems?: string[] }

/**
 * Whether the locale writes numbers in digits other than 0–9, read from the locale's data: the
 * first number formatter of a page loads ICU data, a long task the buttons must not pay (ADR 0009).
 */
function usesOtherDigits(locale: string): boolean {
  const info = new Intl.Locale(locale) as LocaleInfo
  return (info.getNumberingSystems?.() ?? info.numberingSystems)?.[0] !== 'latn'
}

function merge(into: Record<string, unknown>, from: object): Record<string, unknown> {
  for (const [key, value] of Object.entries(from)) {
    const tree = value !== null && typeof value === 'object' && !Array.isArray(value)
    into[key] = tree ? merge({ ...(into[key] as object) }, value) : value
  }
  return into
}

// Elements of one page share a translator per locale: a product grid of twenty add-to-cart
// buttons would otherwise start twenty i18next instances while the page loads.
const translators = new Map<string, Translator>()

/**
 * Our own i18next instance per locale, never the global one: the host page may run its own
 * i18next. Speaks English until the locale's language is loaded (`loadLanguage`), then a new
 * translator speaks it.
 */
export function createTranslator(locale: string): Translator {
  const wanted = languageFor(locale)
  const language = wanted && loaded.has(wanted) ? wanted : 'en'
  const key = `${locale}|${language}`
  const known = translators.get(key)
  if (known) return known
  // Until the chain is here, a page in another language waits (`isLocaleSettled`) in English
  // words and English numbers: never two languages on one page.
  const translator = newTranslator(
    englishFormat(locale) ??
      choice?.formattingLocale(locale, language) ??
      new Intl.Locale('en', { region: new Intl.Locale(locale).region }).toString(),
    language,
  )
  translators.set(key, translator)
  return translator
}

function newTranslator(locale: string, language: Language): Translator {
  const i18n = createInstance()
  let numbers: Intl.NumberFormat | undefined
  const plainDigits = !usesOtherDigits(locale)
  const format = (value: number) => {
    // 0 to 999 read alike in every locale written in 0–9: no formatter to load for them.
    if (plainDigits && Number.isInteger(value) && value >= 0 && value < 1000) return String(value)
    numbers ??= new Intl.NumberFormat(locale)
    return numbers.format(value)
  }
  instances.add(i18n)
  // Resources are at hand, so init completes synchronously; the promise only ever settles.
  i18n
    .init({
      lng: language,
      fallbackLng: 'en',
      // Tags as our files name them (`zh-Hant`, `pt-BR`): nothing to look up on the way.
      load: 'currentOnly',
      resources: Object.fromEntries(
        [...loaded].map(([name, messages]) => [name, { translation: messages }]),
      ),
      initAsync: false,
      // Preact escapes text content, so i18next must not escape a second time.
      interpolation: { escapeValue: false },
    })
    .catch(() => undefined)
  return {
    locale,
    language,
    dir: choice?.textDirection(language) ?? 'ltr',
    t: (key, values) => String(i18n.t(key, withDigits(values, format))),
  }
}
