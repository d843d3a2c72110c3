import { computed, signal } from '@preact/signals'
import {
  type ConfigField,
  type ElementConfigInput,
  parseElementConfig,
} from '../config/element-config.js'
import { resolveLocale } from '../i18n/resolve-locale.js'
import { createTranslator, type Translator } from '../i18n/translator.js'
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
    connect(parseElementConfig(options.tag, options.input(), options.required)),
  )
  let current: Translator | undefined
  const translator = computed(() => {
    connects.value
    const locale = resolveLocale(host, options.locale())
    // Same locale, same translator: a reconnect must not re-render for nothing.
    if (current?.locale !== locale) current = createTranslator(locale)
    return current
  })
  return {
    connection,
    translator,
    refreshLocale: () => {
      connects.value++
    },
  }
}
