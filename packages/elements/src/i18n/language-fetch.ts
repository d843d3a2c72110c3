import files from 'virtual:weship-language-files'
import type { LanguageLoader, OtherLanguage } from './language-loaders.js'

// The classic script's own address, known only while its top level runs: languages sit beside it.
const script = globalThis.document?.currentScript
const scriptUrl = script instanceof HTMLScriptElement ? script.src : undefined

/**
 * The classic script's language loader (its build puts this module in place of
 * `language-loaders.ts`): each language is a JSON file beside the script, fetched with the SRI
 * hash built into the script, so the browser refuses a file that is not the one built with it.
 * A failed fetch falls back to English, like a failed chunk.
 */
export async function loadLanguageModule(locale: OtherLanguage): ReturnType<LanguageLoader> {
  const [path, integrity] = files[locale] ?? []
  if (!path || !scriptUrl) throw new Error(`No address to fetch the ${locale} messages from`)
  const response = await fetch(new URL(path, scriptUrl), { integrity, credentials: 'omit' })
  if (!response.ok) throw new Error(`${response.status} ${response.url}`)
  return { default: await response.json() }
}
