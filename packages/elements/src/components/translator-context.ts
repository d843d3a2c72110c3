import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Translator } from '../i18n/translator.js'

export const TranslatorContext = createContext<Translator | null>(null)

/** The element's translator; every view renders inside a TranslatorContext provider. */
export function useTranslator(): Translator {
  const translator = useContext(TranslatorContext)
  if (!translator) throw new Error('A WeShip view rendered outside its element.')
  return translator
}
