import { configure, prettyDOM, within } from '@testing-library/preact'
import { setBackendDeadlinePassed } from '../state/backend-deadline.js'
import { clearRegisteredBackends } from '../state/backend-registry.js'
import { clearBuiltAdapters } from '../state/backend-resolution.js'
import { clearCartSessions } from '../state/cart-registry.js'

// The default message prints the container, which fails for a shadow root; print the page's roots.
configure({
  getElementError: (message) => {
    const roots = [...document.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? [`<${element.localName}> ${element.shadowRoot.innerHTML}`] : [],
    )
    return new Error([message, prettyDOM(document.body, 2000), ...roots].join('\n\n'))
  },
})

let listeners = new AbortController()

/** Queries inside an element's shadow root, by role, label and text, as a shopper would. */
export function shadow(element: Element) {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`)
  return within(element.shadowRoot as unknown as HTMLElement)
}

/** Every event of a type that reaches the document, in order, until the next resetPage(). */
export function collectEvents<T>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = []
  const record = (event: Event) => events.push(event as CustomEvent<T>)
  document.addEventListener(type, record, { signal: listeners.signal })
  return events
}

/** A JSON answer as the http adapter would receive it. */
export function jsonResponse(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })
}

/**
 * A fresh page: no elements, no remembered cart, no shared sessions or registered backends, no
 * listeners, and the grace period for a backend to appear started over.
 */
export function resetPage(): void {
  document.body.replaceChildren()
  document.documentElement.removeAttribute('lang')
  localStorage.clear()
  sessionStorage.clear()
  clearCartSessions()
  clearRegisteredBackends()
  clearBuiltAdapters()
  setBackendDeadlinePassed(false)
  listeners.abort()
  listeners = new AbortController()
}

/**
 * Matches the element whose whole text is `text` (or matches it), values isolated in `<bdi>`s
 * included: "Visa ending in 4242" is one message in three text nodes. The innermost such element.
 */
export function wholeText(text: string | RegExp) {
  const matches = (content: string | null) =>
    typeof text === 'string' ? content === text : text.test(content ?? '')
  return (_: string, element: Element | null) =>
    !!element &&
    matches(element.textContent) &&
    ![...element.children].some((child) => matches(child.textContent))
}
