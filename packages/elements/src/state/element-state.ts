import { computed, signal } from '@preact/signals'
import {
  type ConfigField,
  type ElementConfigInput,
  parseElementConfig,
} from '../config/element-config.js'
import { resolveLocale } from '../i18n/resolve-locale.js'
import {
  createTranslator,
  isLanguageSettled,
  type Language,
  languageFor,
  loadLanguage,
} from '../i18n/translator.js'

// Bumped when a language arrives (or fails to), so every element's translator is rebuilt.
const languagesSettled = signal(0)

/** The locale's language, fetched if it is not here yet; whoever reads it first starts the fetch. */
function requestLanguage(locale: string): Language {
  const language = languageFor(locale)
  if (!isLanguageSettled(language)) {
    void loadLanguage(language).then(() => languagesSettled.value++)
  }
  return language
}

import { connect } from './connection.js'

interface ElementStateOptions {
  tag: string
  /** Reads the element's attribute and property signals; re-read whenever one changes. */
  input(): ElementConfigInput
  locale(): string | null
  required?: readonly ConfigField[]
}

/** What every element derives from its configuration: the cart connection and a translator. */
export function createElementState(host: Element, options: ElementStateOptions) {
  // The page's `lang` is not observable, so it is read again on every connect.
  const connects = signal(0)
  const connection = computed(() =>
    connect(options.tag, parseElementConfig(options.tag, options.input(), options.required)),
  )
  const locale = computed(() => {
    connects.value
    return resolveLocale(host, options.locale())
  })
  const translator = computed(() => {
    languagesSettled.value
    requestLanguage(locale.value)
    // Same locale and language, same (shared) translator: a reconnect does not re-render.
    return createTranslator(locale.value)
  })
  /** False while the shopper's language is on its way; views wait rather than flash English. */
  const languageReady = computed(() => {
    languagesSettled.value
    return isLanguageSettled(requestLanguage(locale.value))
  })
  return {
    connection,
    translator,
    languageReady,
    refreshLocale: () => {
      connects.value++
    },
  }
}
