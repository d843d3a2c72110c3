/**
 * Lets a payment provider's own UI in the page be used while the widget is a modal drawer:
 * Stripe.js shows 3-D Secure in a modal of its own appended to the page's body, and a modal
 * `<dialog>` sits above everything and makes the rest of the page inert. Until the returned
 * function is called, the drawer around `inside` stays open but not modal. The close events of
 * the switch are swallowed, so the drawer does not take them for the shopper closing it.
 */
export function yieldModality(inside: Element | null): () => void {
  const dialog = inside?.closest('dialog')
  if (!dialog?.matches(':modal')) return () => {}
  const switchTo = (modal: boolean) => {
    // A listener at the target in the capture phase runs before the drawer's own.
    dialog.addEventListener('close', (event) => event.stopImmediatePropagation(), {
      capture: true,
      once: true,
    })
    dialog.close()
    if (modal) dialog.showModal()
    else dialog.show()
  }
  switchTo(false)
  let restored = false
  return () => {
    if (restored) return
    restored = true
    if (dialog.open && !dialog.matches(':modal')) switchTo(true)
  }
}
