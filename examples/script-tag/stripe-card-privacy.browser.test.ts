import { describe, expect, it } from 'vitest'
import { reachStripePayment, stripeFields, useStripeSession } from '../../test/browser/stripe-site'

// The card number never reaches the merchant's page: not its DOM (shadow roots and field values
// included), not its storage, not the widget's events, not a request to the shop's API. It
// lives in Stripe's frame only, which is on another origin.

const session = useStripeSession()
// Stripe's Visa debit test card: its digits appear nowhere else in the demo (unlike 4242).
const typed = '4000 0566 5566 5556'
const digits = typed.replaceAll(' ', '')
const traces = [typed, digits, digits.slice(0, 12)]

/** Everything of the page a script of the merchant could read. */
function readablePage(): Promise<string> {
  return session.shopper.page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML, document.cookie]
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement) parts.push(element.value)
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.innerHTML)
          visit(element.shadowRoot)
        }
      }
    }
    visit(document)
    for (const storage of [localStorage, sessionStorage]) {
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index) ?? ''
        parts.push(key, storage.getItem(key) ?? '')
      }
    }
    parts.push(JSON.stringify((window as unknown as { weshipLog: unknown[] }).weshipLog))
    return parts.join('\n')
  })
}

describe('the card number', () => {
  it('stays in Stripe’s frame: never in the page’s DOM, storage, events or requests to the shop', async () => {
    const toShop: string[] = []
    await session.openStore()
    const api = session.stripe.site.api
    session.shopper.page.on('request', (request) => {
      if (request.url().startsWith(api))
        toShop.push(`${request.url()}\n${request.postData() ?? ''}`)
    })
    await reachStripePayment(session.shopper, typed)
    // It was typed, and is there, inside Stripe's frame: what follows is not looking in vain.
    expect(await stripeFields(session.shopper).getByLabel('Card number').inputValue()).toBe(typed)
    const whileTyped = await readablePage()
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(await session.shopper.text()).toContain('ending in 5556')
    const afterOrder = await readablePage()
    for (const trace of traces) {
      expect(whileTyped).not.toContain(trace)
      expect(afterOrder).not.toContain(trace)
      for (const request of toShop) expect(request).not.toContain(trace)
    }
    // The shop got a token and placed the order with it.
    expect(toShop.some((request) => /"token":"ctoken_/.test(request))).toBe(true)
  })
})
