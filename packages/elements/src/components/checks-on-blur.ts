/**
 * Whether leaving a field should check it now. Not when focus moves to a submit button: an
 * error appearing above the button would move it between mouse-down and mouse-up and swallow
 * the click, and the submit checks every field anyway (with the error summary).
 */
export function checksOnBlur(event: FocusEvent): boolean {
  const next = event.relatedTarget
  return !(next instanceof HTMLButtonElement && next.type === 'submit')
}
