import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { focusedElement } from '../../test/browser/keyboard'
import { useShopperSession } from '../../test/browser/shopper-session'

// What axe cannot see: a 320 px phone (WCAG 1.4.10), focus order against the layout (2.4.3), and
// the card fields' colours in a dark widget on a light system (1.4.3).

const session = useShopperSession({ site: 'per-test' })

/** How far anything of the selector reaches past the checkout frame's inline end, in px. */
const overflowPastFrame = (page: Page, selector: string) =>
  page.evaluate((wanted) => {
    const root = document.querySelector('weship-checkout')?.shadowRoot
    const frame = root?.querySelector('[part~="base"]')?.getBoundingClientRect()
    if (!root || !frame) return Number.NaN
    const ends = [...root.querySelectorAll(wanted)].map(
      (node) => node.getBoundingClientRect().right,
    )
    return Math.max(0, ...ends.map((end) => Math.ceil(end - frame.right)))
  }, selector)

const relativeLuminance = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number).map((value) => {
    const channel = value / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe('a 320 px phone', () => {
  it('fits the cart in the frame, and Tab reaches the summary it shows first', async () => {
    await session.openSite()
    const { page } = session.shopper
    await page.setViewportSize({ width: 320, height: 720 })
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.checkout.getByRole('button', { name: 'Check out' }).waitFor()

    expect(await overflowPastFrame(page, '[part~="line-item"] *')).toBe(0)
    expect(await overflowPastFrame(page, 'button')).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)

    // The collapsed summary shows above the step, and comes before it for the keyboard too
    // (reading-flow): Shift+Tab from the step's heading, where a step change puts focus.
    await session.shopper.stepTitle.focus()
    await page.keyboard.press('Shift+Tab')
    expect(await focusedElement(page)).toMatch(/^button "Show order summary/)
  })

  it("keeps the drawer's step list clear of its close button", async () => {
    await session.openSite()
    const { page } = session.shopper
    await page.setViewportSize({ width: 360, height: 720 })
    await session.shopper.goto(`${session.site.url}/script-tag/product.html`)
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await session.shopper.cartButton(1).click()
    const close = session.shopper.checkout.getByRole('button', { name: 'Close checkout' })
    const closeBox = await close.boundingBox()
    const steps = session.shopper.checkout.getByRole('navigation', { name: 'Checkout steps' })
    await steps.waitFor()
    for (const step of await steps.getByRole('listitem').all()) {
      const box = await step.boundingBox()
      if (!box || !closeBox) throw new Error('no layout box')
      const overlaps =
        box.x < closeBox.x + closeBox.width &&
        closeBox.x < box.x + box.width &&
        box.y < closeBox.y + closeBox.height &&
        closeBox.y < box.y + box.height
      expect(overlaps, await step.innerText()).toBe(false)
    }
  })
})

describe('the dark theme on a light system', () => {
  it('gives the card fields light text on the dark widget', async () => {
    await session.openSite((html) =>
      html.replace('<weship-checkout ', '<weship-checkout theme="dark" '),
    )
    await session.shopper.page.emulateMedia({ colorScheme: 'light' })
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.reachPayment()

    const label = session.shopper.cardFields.getByText('Card number', { exact: true })
    const text = await label.evaluate((node) => getComputedStyle(node).color)
    const background = await session.shopper.checkout
      .locator('[part~="base"]')
      .evaluate((node) => getComputedStyle(node).backgroundColor)
    const [lighter = 0, darker = 1] = [relativeLuminance(text), relativeLuminance(background)].sort(
      (a, b) => b - a,
    )
    // WCAG's contrast ratio; 4.5:1 for text.
    expect((lighter + 0.05) / (darker + 0.05)).toBeGreaterThanOrEqual(4.5)
  })
})
