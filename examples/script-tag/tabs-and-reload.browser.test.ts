import { describe, expect, it } from 'vitest'
import { openShopperPage } from '../../test/browser/checkout-page'
import { focusedElement } from '../../test/browser/keyboard'
import { useShopperSession } from '../../test/browser/shopper-session'

// Two tabs of one shop, and a reload in the middle of the checkout (issue 15 items 9, 11, polish).

const session = useShopperSession()

describe('two tabs', () => {
  it("show each other's cart changes without a reload", async () => {
    const first = session.shopper
    await first.goto(`${session.site.url}/script-tag/`)
    await first.addToCart('Merino Crew Sweater', 1)
    const second = await openShopperPage(session.context)
    try {
      await second.goto(`${session.site.url}/script-tag/`)
      await second.cartButton(1).waitFor()
      await first.addToCart('Canvas Weekender Bag', 2)
      // The other tab's cart button and checkout follow, as the shopper switches back.
      await second.cartButton(2).waitFor()
      await expect.poll(() => second.text()).toContain('Canvas Weekender Bag')
      await second.checkout.getByRole('button', { name: 'Remove Merino Crew Sweater' }).click()
      await first.cartButton(1).waitFor()
      await second.assertClean()
    } finally {
      await second.page.close()
    }
  })
})

describe('a reload mid-checkout', () => {
  it('resumes the step where the page left it: no scroll to the widget, no focus moved', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.page.evaluate(() => window.scrollTo(0, 0))
    await shopper.page.reload()
    await shopper.expectStep('Shipping')
    await shopper.checkout.getByLabel('Full name').waitFor()
    expect(await shopper.page.evaluate(() => window.scrollY)).toBe(0)
    expect(await focusedElement(shopper.page)).toBe('body')
  })
})

describe('the cart button', () => {
  it('grows its icon with the text (200 %)', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    const icon = shopper.page.locator('weship-cart-button').locator('[part~="icon"]')
    const normal = await icon.boundingBox()
    await shopper.page.evaluate(() => {
      document.documentElement.style.fontSize = '200%'
    })
    await expect
      .poll(async () => (await icon.boundingBox())?.height)
      .toBe((normal?.height ?? 0) * 2)
  })
})
