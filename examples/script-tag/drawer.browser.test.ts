import type { BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cards, openShopperPage, type ShopperPage } from '../../test/browser/checkout-page'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'
import { focusedElement } from '../../test/browser/keyboard'

// examples/script-tag/product.html: the checkout as a side drawer opened by the cart button.

let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let site: ExampleSite
let shopper: ShopperPage

beforeAll(async () => {
  browser = await launchChromium()
  context = browser.context
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  site = await startExampleSite()
  shopper = await openShopperPage(context)
})
afterEach(async () => {
  await shopper.assertClean()
  await shopper.page.close()
  await site.close()
})

/** Whether keyboard focus is inside the checkout's shadow root (the drawer). */
const focusInCheckout = () =>
  shopper.page.evaluate(() => document.activeElement?.localName === 'weship-checkout')

describe('the cart drawer', () => {
  it('opens from the cart button, keeps focus inside, closes on Esc and gives focus back', async () => {
    const { page } = shopper
    await shopper.goto(`${site.url}/script-tag/product.html`)
    const drawer = shopper.checkout.locator('dialog[part~="drawer"]')
    expect(await drawer.isVisible()).toBe(false)

    await page.getByRole('button', { name: 'Add to cart' }).click()
    const cartButton = shopper.cartButton(1)
    await cartButton.waitFor()
    await cartButton.click()
    await drawer.waitFor()
    expect(await drawer.evaluate((dialog) => dialog.matches(':modal'))).toBe(true)
    await expect.poll(focusInCheckout).toBe(true)
    expect(await focusedElement(page)).toBe('h2 "Your cart"')
    expect(await shopper.text()).toContain('Merino Crew Sweater')

    // The page behind is inert: Tab never leaves the drawer for the page.
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => document.activeElement?.localName ?? 'none')
      expect(['weship-checkout', 'body']).toContain(focused)
    }

    await page.keyboard.press('Escape')
    await expect.poll(() => drawer.isVisible()).toBe(false)
    await expect.poll(() => focusedElement(page)).toBe('button "Cart, 1 item"')

    // Open again from the keyboard and start the purchase inside the drawer.
    await page.keyboard.press('Enter')
    await drawer.waitFor()
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.fillAddress()
    await shopper.pickDelivery()
    await shopper.typeCard()
    await shopper.continueToReview()
    await shopper.payButton().click()
    expect(await shopper.confirmation()).not.toBe('')
    expect(await drawer.evaluate((dialog) => dialog.matches(':modal'))).toBe(true)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)

    await shopper.checkout.getByRole('button', { name: 'Close checkout' }).click()
    await expect.poll(() => drawer.isVisible()).toBe(false)
    await expect.poll(() => focusedElement(page)).toMatch(/^button "Cart, /)
  })
})

describe('3-D Secure inside the drawer', () => {
  it('Esc cancels the bank dialog only; the drawer stays open with focus inside', async () => {
    const { page } = shopper
    await shopper.goto(`${site.url}/script-tag/product.html`)
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await shopper.cartButton(1).click()
    const drawer = shopper.checkout.locator('dialog[part~="drawer"]')
    await drawer.waitFor()
    await shopper.reachPayment(cards.challenge)
    await shopper.continueToReview()
    await shopper.payButton().click()
    const bank = shopper.checkout.getByRole('dialog', {
      name: 'Confirm the payment with your bank',
    })
    await bank.getByRole('button', { name: 'Cancel payment' }).focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => bank.count()).toBe(0)
    expect(await drawer.isVisible()).toBe(true)
    await shopper.expectStep('Review and pay')
    await expect.poll(() => focusedElement(page)).toMatch(/^button "Pay €/)

    // A second Esc closes the drawer, and focus goes back to the cart button.
    await page.keyboard.press('Escape')
    await expect.poll(() => drawer.isVisible()).toBe(false)
    await expect.poll(() => focusedElement(page)).toMatch(/^button "Cart, /)
  })
})
