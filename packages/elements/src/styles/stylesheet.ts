import base from './base.css?inline'
import controls from './controls.css?inline'
import frame from './frame.css?inline'
import tokens from './tokens.css?inline'

// What the add-to-cart button, the cart button and an element's frame need before any chunk is
// here. The checkout and the order status page bring their rules with their chunks (`addStyles`).
const frameParts = [tokens, base, controls, frame]
const pageParts: string[] = []
let frameSheet: CSSStyleSheet | undefined
let pageSheet: CSSStyleSheet | undefined

function sheetOf(parts: readonly string[]): CSSStyleSheet {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(parts.join('\n'))
  return sheet
}

/** The sheet every element adopts; built on first use so loading the script costs nothing. */
export function sharedStyleSheet(): CSSStyleSheet {
  frameSheet ??= sheetOf(frameParts)
  return frameSheet
}

/**
 * The rules the page chunks brought, adopted only by the elements that render a page (the
 * checkout, the order status page): a chunk's arrival restyles those, never the buttons of a
 * product grid.
 */
export function pageStyleSheet(): CSSStyleSheet {
  pageSheet ??= sheetOf(pageParts)
  return pageSheet
}

/** Adds a lazily fetched chunk's rules, each once, after those already there. */
export function addStyles(...sheets: string[]): void {
  const added = sheets.filter((css) => !pageParts.includes(css))
  if (added.length === 0) return
  pageParts.push(...added)
  pageSheet?.replaceSync(pageParts.join('\n'))
}
