import base from './base.css?inline'
import cart from './cart.css?inline'
import controls from './controls.css?inline'
import fields from './fields.css?inline'
import layout from './layout.css?inline'
import tokens from './tokens.css?inline'

// What the cart, the summary, the add-to-cart button and the cart button need. The steps after
// the cart and the order status page bring their own rules with their chunks (`addStyles`).
const parts = [tokens, base, controls, fields, cart, layout]
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
 * Adds a lazily fetched chunk's rules, once, after those already there. Every shadow root adopts
 * the same sheet, so every element sees them at once.
 */
export function addStyles(css: string): void {
  if (parts.includes(css)) return
  parts.push(css)
  shared?.replaceSync(parts.join('\n'))
}
