import { computed, signal } from '@preact/signals'
import {
  type ConfigField,
  type ElementConfigInput,
  parseElementConfig,
} from '../config/element-config.js'
import { resolveLocale } from '../i18n/resolve-locale.js'
import { createTranslator, isLocaleSettled, loadLanguageFor } from '../i18n/translator.js'

// Bumped when a language arrives (or fails to), so every element's translator is rebuilt.
const languagesSettled = signal(0)

/**
 * Whether the locale's language is here (or given up on), fetching it if not: the chain first
 * on a page not in English, then the language. Whoever reads it first starts the fetch.
 */
function requestLanguage(locale: string): boolean {
  if (isLocaleSettled(locale)) return true
  void loadLanguageFor(locale).then(() => languagesSettled.value++)
  return false
}

import { elementBackendDeadline } from './backend-deadline.js'
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
  const deadlinePassed = elementBackendDeadline()
  const connection = computed(() =>
    connect(
      options.tag,
      parseElementConfig(options.tag, options.input(), options.required),
      deadlinePassed,
    ),
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
    return requestLanguage(locale.value)
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
