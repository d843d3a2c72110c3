import { afterPress } from './pointer-press.js'

/**
 * Checks a field the shopper left, unless focus moved to a submit button (the submit checks
 * every field anyway, with the error summary). A pointer still held down (on a button, an option)
 * gets its click first: an error appearing above it would move it between press and release.
 */
export function checkOnBlur(event: FocusEvent, check: () => void): void {
  const next = event.relatedTarget
  if (next instanceof HTMLButtonElement && next.type === 'submit') return
  afterPress(check)
}
