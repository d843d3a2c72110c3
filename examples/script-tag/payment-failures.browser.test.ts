import type { BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cards, erika, openShopperPage, type ShopperPage } from '../../test/browser/checkout-page'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'
import { focusedElement } from '../../test/browser/keyboard'

// Declines and 3-D Secure on examples/script-tag/index.html, with the test bank's cards.

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

const orderCount = () => site.engine.exportState().orders?.length ?? 0
/** The `part` of whatever has focus inside the widget's shadow root. */
const focusedPart = () =>
  shopper.checkout.evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('part') ?? null)

describe('a declined card', () => {
  it('shows a focused notice, keeps every input, and pays with another card', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.declines)
    await shopper.continueToReview()
    await shopper.payButton().click()

    const notice = shopper.checkout.locator('[part~="payment-declined"]')
    await notice.waitFor()
    expect(await notice.getAttribute('role')).toBe('alert')
    expect(await notice.innerText()).toContain(
      "Your payment didn't go through. Please try again or use another payment method.",
    )
    await expect.poll(focusedPart).toBe('error payment-declined')
    expect(await shopper.events('weship-payment-failed')).toHaveLength(1)
    expect(orderCount()).toBe(0)
    // Still on review, with what the shopper typed.
    await shopper.expectStep('Review and pay')
    const review = await shopper.text()
    expect(review).toContain(erika.email)
    expect(review).toContain(erika.line1)
    expect(review).toContain(erika.postalCode)

    await notice.getByRole('button', { name: 'Try again' }).click()
    await shopper.expectStep('Payment')
    expect(await shopper.cardFields.getByLabel('Card number').inputValue()).toBe('')
    await shopper.typeCard(cards.approves)
    await shopper.continueToReview()
    expect(await notice.count()).toBe(0)
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(await shopper.text()).toMatch(/Visa ending in 4242/)
    expect(orderCount()).toBe(1)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })
})

describe('3-D Secure', () => {
  it('opens the bank page in a modal dialog, and an approval confirms the order', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.challenge)
    await shopper.continueToReview()
    await shopper.payButton().click()

    const dialog = shopper.checkout.getByRole('dialog', {
      name: 'Confirm the payment with your bank',
    })
    await dialog.waitFor()
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true)
    // Focus moved into the dialog (the bank's frame or the cancel button), not left on the page.
    await expect
      .poll(() =>
        shopper.checkout.evaluate(
          (host) => host.shadowRoot?.activeElement?.closest('dialog') !== null,
        ),
      )
      .toBe(true)
    const bank = shopper.checkout.frameLocator('iframe[title="Your bank\'s verification page"]')
    await bank.getByRole('heading', { name: 'Confirm your payment' }).waitFor()
    expect(await bank.locator('main').innerText()).toContain('•••• 3184')
    expect(orderCount()).toBe(0)

    await bank.getByRole('button', { name: 'Complete authentication' }).click()
    await shopper.confirmation()
    expect(await dialog.count()).toBe(0)
    expect(await shopper.text()).toMatch(/ending in 3184/)
    expect(orderCount()).toBe(1)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })
})

describe('3-D Secure, cancelled', () => {
  it('closes on Esc without an order, and the shopper can pay afterwards', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.challenge)
    await shopper.continueToReview()
    await shopper.payButton().click()
    const dialog = shopper.checkout.getByRole('dialog', {
      name: 'Confirm the payment with your bank',
    })
    await dialog.waitFor()
    const bank = shopper.checkout.frameLocator('iframe[title="Your bank\'s verification page"]')
    await bank.getByRole('button', { name: 'Complete authentication' }).waitFor()
    await dialog.getByRole('button', { name: 'Cancel payment' }).focus()
    await shopper.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    await shopper.expectStep('Review and pay')
    // Focus goes back to where the shopper was: the pay button, not the top of the page.
    await expect.poll(() => focusedElement(shopper.page)).toMatch(/^button "Pay €/)
    expect(orderCount()).toBe(0)
    expect(await shopper.events('weship-order-placed')).toHaveLength(0)

    // The challenge used the card up: Pay asks for it again, and an approving card goes through.
    await shopper.payButton().click()
    await shopper.expectStep('Payment')
    await shopper.typeCard(cards.approves)
    await shopper.continueToReview()
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(orderCount()).toBe(1)
  })
})
