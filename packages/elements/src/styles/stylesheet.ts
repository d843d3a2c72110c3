import base from './base.css?inline'
import controls from './controls.css?inline'
import frame from './frame.css?inline'
import tokens from './tokens.css?inline'

// What the add-to-cart button, the cart button and an element's frame need before any chunk is
// here. The checkout and the order status page bring their rules with their chunks (`addStyles`).
const parts = [tokens, base, controls, frame]
let shared: CSSStyleSheet | undefined

/** The one sheet every element adopts; built on first use so loading the script costs nothing. */
export function sharedStyleSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet()
    shared.replaceSync(parts.join('\n'))
  }
  return shared
}

/**
 * Adds a lazily fetched chunk's rules, each once, after those already there. Every shadow root adopts
 * the same sheet, so every element sees them at once.
 */
export function addStyles(...sheets: string[]): void {
  const added = sheets.filter((css) => !parts.includes(css))
  if (added.length === 0) return
  parts.push(...added)
  shared?.replaceSync(parts.join('\n'))
}
