import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useShopperSession } from '../../test/browser/shopper-session'

// Issue 15's polish that only a laid-out page shows: the step list's underlines, the steps'
// buttons of one width, delivery options on a phone, and the examples in the system's dark mode.

const session = useShopperSession()

const box = async (locator: Locator) => {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`no layout box for ${locator}`)
  return found
}

const luminance = (page: Page, css: string) =>
  page.evaluate((colour) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number)
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  }, css)

describe('the checkout laid out', () => {
  it('underlines the step names in the step list, not the numbered circles', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    const link = shopper.checkout
      .getByRole('navigation', { name: 'Checkout steps' })
      .getByRole('button', { name: /^Your cart/ })
    const lines = await link.evaluate((button) => ({
      button: getComputedStyle(button).textDecorationLine,
      circle: getComputedStyle(button.querySelector('.progress-index') as Element)
        .textDecorationLine,
      name: getComputedStyle(button.querySelector('.progress-label') as Element).textDecorationLine,
    }))
    // A line drawn by the button would run through its circle, whatever the circle says.
    expect(lines).toEqual({ button: 'none', circle: 'none', name: 'underline' })
  })

  it('gives "Continue to review" the width of the other steps\' buttons', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    const toShipping = await box(
      shopper.checkout.getByRole('button', { name: 'Continue to shipping' }),
    )
    await shopper.fillContact()
    await shopper.fillAddress()
    await shopper.pickDelivery()
    const toReview = await box(shopper.checkout.getByRole('button', { name: 'Continue to review' }))
    expect(Math.round(toReview.width)).toBe(Math.round(toShipping.width))
  })

  it("puts a delivery option's price under its name on a 320 px phone", async () => {
    const { shopper } = session
    await shopper.page.setViewportSize({ width: 320, height: 720 })
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.fillAddress()
    const option = shopper.checkout.locator('[part~="shipping-option"]').first()
    await option.waitFor()
    const name = await box(option.locator('[part~="shipping-option-label"]'))
    const price = await box(option.locator('[part~="shipping-option-price"]'))
    // Two columns (radio, then name over price), not three squeezed ones.
    expect(price.y).toBeGreaterThanOrEqual(name.y + name.height - 1)
    expect(Math.abs(price.x - name.x)).toBeLessThanOrEqual(1)
  })
})

describe('the examples in a dark system', () => {
  it('paint the store, its widgets and the examples index dark', async () => {
    const { shopper } = session
    const { page } = shopper
    await page.emulateMedia({ colorScheme: 'dark' })
    await shopper.goto(`${session.site.url}/script-tag/`)
    const colours = await page.evaluate(() => {
      const background = (element: Element | null | undefined) =>
        element ? getComputedStyle(element).backgroundColor : 'missing'
      const shadow = (tag: string, part: string) =>
        document.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${part}"]`)
      return [
        background(document.documentElement),
        background(document.querySelector('.product')),
        background(shadow('weship-checkout', 'base')),
      ]
    })
    for (const colour of colours) expect(await luminance(page, colour), colour).toBeLessThan(0.2)

    await page.goto(`${session.site.url}/`)
    const index = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
      width: document.body.getBoundingClientRect().width,
    }))
    expect(await luminance(page, index.background)).toBeLessThan(0.2)
    expect(await luminance(page, index.text)).toBeGreaterThan(0.8)
    // A column one can read, not lines across the whole screen.
    expect(index.width).toBeLessThan(800)
  })
})
