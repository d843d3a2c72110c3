import { addEnglish, type Messages } from '../i18n/translator.js'
import { addStyles } from '../styles/stylesheet.js'

/** What a page's chunk (the checkout, the order status page) brings besides its code. */
export interface PageAssets {
  pageStyles: readonly string[]
  pageEnglish: Partial<Messages>
}

/** Installs a page chunk's rules and English as it arrives, before anything renders with it. */
export function withPageAssets<T extends PageAssets>(module: T): T {
  addStyles(...module.pageStyles)
  addEnglish(module.pageEnglish)
  return module
}
