import { afterAll, beforeAll, expect, it } from 'vitest'
import { openShopperPage } from './checkout-page'
import { launchChromium } from './chromium'
import type { ExampleSite } from './example-site'

/**
 * One purchase through a framework example in Chromium: add to cart, check out, pay, confirm.
 * The app's own typed handlers show the bag's count (`weship-cart-change`) and the order number
 * (`weship-order-placed`) in `#bag-status`, outside the widget: the test reads them there.
 */
export function testExamplePurchase(
  start: () => Promise<ExampleSite>,
  { startTimeoutMs = 60_000 } = {},
): { site: () => ExampleSite } {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
  let site: ExampleSite | undefined
  beforeAll(async () => {
    // Each kept as it comes, so afterAll stops what did start when the other failed.
    const started = await Promise.allSettled([
      launchChromium().then((launched) => (browser = launched)),
      start().then((running) => (site = running)),
    ])
    for (const each of started) if (each.status === 'rejected') throw each.reason
  }, startTimeoutMs)
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('sells through the app, whose typed event handlers hear the cart and the order', async () => {
    if (!browser || !site) throw new Error('the example did not start')
    const shopper = await openShopperPage(browser.context)
    // Hydration mismatches and framework warnings go to the console, not to page errors.
    const consoleErrors: string[] = []
    shopper.page.on('console', (message) => {
      if (message.type() === 'error')
        consoleErrors.push(`${message.text()} (${message.location().url})`)
    })
    const status = shopper.page.locator('#bag-status')

    await shopper.goto(`${site.url}/`)
    await expect.poll(() => status.innerText()).toBe('0 in your bag')
    await shopper.addToCart('Merino Crew Sweater', 1)
    await expect.poll(() => status.innerText()).toBe('1 in your bag')
    // The remembered bag, after a reload: its first weship-cart-change must reach the app too.
    await shopper.goto(`${site.url}/`)
    await expect.poll(() => status.innerText()).toBe('1 in your bag')
    await shopper.reachPayment()
    await shopper.continueToReview()
    await shopper.payButton().click()
    const number = await shopper.confirmation()

    expect(number).not.toBe('')
    await expect.poll(() => status.innerText()).toBe(`Order ${number} placed`)
    expect(site.engine.exportState().orders?.map((order) => order.number)).toEqual([number])
    await shopper.assertClean()
    expect(consoleErrors).toEqual([])
  })
  return {
    site: () => {
      if (!site) throw new Error('the example did not start')
      return site
    },
  }
}
