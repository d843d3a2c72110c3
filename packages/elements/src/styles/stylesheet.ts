import base from './base.css?inline'
import cart from './cart.css?inline'
import controls from './controls.css?inline'
import fields from './fields.css?inline'
import tokens from './tokens.css?inline'

let shared: CSSStyleSheet | undefined

/** The one sheet every element adopts; built on first use so loading the script costs nothing. */
export function sharedStyleSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet()
    shared.replaceSync([tokens, base, controls, fields, cart].join('\n'))
  }
  return shared
}
