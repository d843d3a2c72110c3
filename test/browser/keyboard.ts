import type { Page } from 'playwright-core'

/**
 * What has keyboard focus, through open shadow roots: `button "Check out"`,
 * `input contact.email`, `select shippingAddress.country`, `radio standard`, `iframe "…"`.
 */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    if (!element || element === document.body) return 'body'
    const tag = element.tagName.toLowerCase()
    const name = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
    if (element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type)) {
      return `${element.type} ${element.value || element.name}`
    }
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      return `${tag} ${element.name}`
    }
    if (tag === 'iframe') return `iframe "${name(element.getAttribute('title'))}"`
    return `${tag} "${name(element.getAttribute('aria-label') ?? element.textContent)}"`
  })
}

/** The id of the focused element inside the hosted card fields frame. */
export async function focusedCardField(page: Page): Promise<string | null> {
  const frame = page.frames().find((candidate) => candidate.url().includes('/hosted-fields'))
  return frame ? frame.evaluate(() => document.activeElement?.id ?? null) : null
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` has focus, as a keyboard user would; fails with the
 * path taken when it never comes.
 */
export async function tabTo(
  page: Page,
  wanted: string | RegExp | ((focused: string) => Promise<boolean> | boolean),
  options: { back?: boolean; max?: number } = {},
): Promise<void> {
  const matches =
    typeof wanted === 'function'
      ? wanted
      : (focused: string) =>
          typeof wanted === 'string' ? focused === wanted : wanted.test(focused)
  const path: string[] = []
  for (let presses = 0; presses < (options.max ?? 40); presses++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab')
    const focused = await focusedElement(page)
    path.push(focused)
    if (await matches(focused)) return
  }
  throw new Error(`Tabbing never reached ${String(wanted)}; focus went: ${path.join(' → ')}`)
}
