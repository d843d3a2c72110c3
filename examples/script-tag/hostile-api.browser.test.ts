import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { cards } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// A compromised (or badly proxied) API names the payment pages the checkout frames. On a page
// without a Content-Security-Policy nothing else would stop a `javascript:` URL from running in
// the shop's page, or a look-alike card form from another origin from taking the card.

const session = useShopperSession({ site: 'per-test' })

const withoutCsp = (html: string) =>
  html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, '')

/** Rewrites the API's JSON answers on `path` before the widget reads them. */
async function tamperWith(
  page: Page,
  path: string,
  change: (body: Record<string, unknown>) => void,
) {
  await page.route(`${session.site.api}${path}`, async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as Record<string, unknown>
    change(body)
    await route.fulfill({ response, json: body })
  })
}

/** Every iframe in the page and in every shadow root, by its src. */
const framesInPage = (page: Page) =>
  page.evaluate(() => {
    const sources: string[] = []
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLIFrameElement) sources.push(element.src)
        if (element.shadowRoot) visit(element.shadowRoot)
      }
    }
    visit(document)
    return sources
  })

const ran = (page: Page) => page.evaluate(() => (window as { pwned?: unknown }).pwned ?? null)

async function expectSetUpError(page: Page) {
  const { shopper } = session
  const alert = shopper.checkout.getByRole('alert').filter({ hasText: "isn't set up correctly" })
  await alert.waitFor()
  expect(await alert.innerText()).toMatch(/named a payment page/)
  expect(await shopper.events('weship-error')).toContainEqual(
    expect.objectContaining({ code: 'CONFIG', reason: 'payment_page_refused' }),
  )
  expect(await ran(page)).toBeNull()
}

describe('payment pages named by a hostile API', () => {
  it.each([
    ['a javascript: URL', 'javascript:top.pwned=1;//'],
    ['an https page on an origin nobody declared', 'https://pay.evil.example/hosted-fields'],
  ])('refuses card fields at %s and frames nothing', async (_case, hostedFieldsUrl) => {
    await session.openSite(withoutCsp)
    const { shopper } = session
    const { page } = shopper
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await tamperWith(page, '/carts/*/payment-methods', (body) => {
      for (const method of body.methods as Array<Record<string, unknown>>) {
        if (method.hostedFieldsUrl) method.hostedFieldsUrl = hostedFieldsUrl
      }
    })
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.fillAddress()
    await shopper.pickDelivery()

    await expectSetUpError(page)
    expect(await framesInPage(page)).toEqual([])
    expect(requested.filter((url) => url.includes('evil.example'))).toEqual([])
  })

  it('refuses a 3-D Secure page at a javascript: URL and opens no dialog', async () => {
    await session.openSite(withoutCsp)
    const { shopper } = session
    const { page } = shopper
    await tamperWith(page, '/carts/*/orders', (body) => {
      const action = body.action as Record<string, unknown> | undefined
      if (action) action.url = 'javascript:top.pwned=1;//'
    })
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.challenge)
    await shopper.continueToReview()
    await shopper.payButton().click()

    await expectSetUpError(page)
    expect(await shopper.checkout.locator('dialog[part~="challenge-dialog"]').count()).toBe(0)
    expect((await framesInPage(page)).filter((src) => !src.includes('/hosted-fields'))).toEqual([])
    expect(session.site.engine.exportState().orders ?? []).toHaveLength(0)
  })
})
