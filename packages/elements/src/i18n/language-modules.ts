import type { LanguageLoader, OtherLanguage } from './language-loaders.js'

/**
 * The ES module's language loader (its build puts this module in place of
 * `language-loaders.ts`): `chunks/<locale>.mjs` beside the module, by a path made from the tag,
 * so the first load holds one loader rather than one per language. The build keeps this module
 * in the entry, which the relative path needs (build/language-files.mjs).
 */
export function loadLanguageModule(locale: OtherLanguage): ReturnType<LanguageLoader> {
  return import(/* @vite-ignore */ `./chunks/${locale}.mjs`)
}
