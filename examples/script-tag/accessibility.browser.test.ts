import type { BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/browser/axe'
import { cards, openShopperPage, type ShopperPage } from '../../test/browser/checkout-page'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'

// axe-core (WCAG 2.2 AA tags) on every step and error state of the store page, in both themes.

let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let site: ExampleSite | undefined
let shopper: ShopperPage

beforeAll(async () => {
  browser = await launchChromium()
  context = browser.context
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  shopper = await openShopperPage(context)
})
afterEach(async () => {
  await shopper.assertClean()
  await shopper.page.close()
  await site?.close()
  site = undefined
})

/** Walks a purchase through every step and error state, running axe at each. */
async function auditEveryState(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {}
  const audit = async (state: string) => {
    found[state] = await axeViolations(shopper.page)
  }
  const checkout = shopper.checkout
  await shopper.goto(`${site?.url}/script-tag/`)
  await audit('empty cart')
  await shopper.addToCart('Merino Crew Sweater', 1)
  await shopper.addToCart('Stoneware Mug', 3)
  await checkout.getByRole('list', { name: 'Items in your cart' }).waitFor()
  await audit('cart')

  const summary = checkout.locator('[part~="summary"]')
  await summary.getByRole('button', { name: 'Add a promo code or gift card' }).click()
  await summary.getByLabel('Promo code or gift card').fill('NOT-A-CODE')
  await summary.getByRole('button', { name: 'Apply' }).click()
  await summary.getByText("We don't recognise this code.").waitFor()
  await audit('refused promo code')
  await summary.getByLabel('Promo code or gift card').fill('WELCOME10')
  await summary.getByRole('button', { name: 'Apply' }).click()
  await summary.getByRole('button', { name: 'Remove WELCOME10' }).waitFor()
  await audit('applied promo code')

  await shopper.checkOut()
  await audit('contact')
  const email = checkout.getByLabel('E-mail', { exact: true })
  await email.fill('erika@')
  await email.blur()
  await checkout.getByText('Enter an e-mail address like name@example.com.').waitFor()
  await audit('contact: field error after blur')
  await checkout.getByRole('button', { name: 'Continue to shipping' }).click()
  await checkout.locator('[part~="error-summary"] a').waitFor()
  await audit('contact: error summary after a failed submit')
  await shopper.fillContact()
  await audit('shipping')

  await checkout.getByRole('button', { name: 'Continue to payment' }).click()
  await checkout.locator('[part~="error-summary"] a').first().waitFor()
  await audit('shipping: error summary after a failed submit')
  await shopper.fillAddress()
  await checkout.getByLabel('Address', { exact: true }).focus()
  await checkout.getByRole('button', { name: '+ Apartment, suite, etc.' }).click()
  await audit('shipping: address filled, line 2 open')
  await shopper.pickDelivery()
  await shopper.cardFields.getByLabel('Card number').waitFor()
  await audit('payment')
  await shopper.typeCard(cards.declines)
  await shopper.continueToReview()
  await audit('review')

  await shopper.payButton().click()
  await checkout.locator('[part~="payment-declined"]').waitFor()
  await audit('review: payment declined')
  await checkout.getByRole('button', { name: 'Try again' }).click()
  await shopper.expectStep('Payment')
  await shopper.typeCard(cards.challenge)
  await shopper.continueToReview()
  await shopper.payButton().click()
  const bank = checkout.frameLocator('iframe[title="Your bank\'s verification page"]')
  await bank.getByRole('button', { name: 'Complete authentication' }).waitFor()
  await audit('review: 3-D Secure dialog')
  await bank.getByRole('button', { name: 'Complete authentication' }).click()
  await shopper.confirmation()
  await audit('confirmation')
  return found
}

function expectNone(found: Record<string, string[]>, states = 15): void {
  const failures = Object.entries(found).filter(([, violations]) => violations.length > 0)
  const report = failures
    .map(([state, violations]) => `── ${state} ──\n${violations.join('\n')}`)
    .join('\n\n')
  if (report) console.error(`axe violations:\n${report}`)
  expect(Object.keys(found).length).toBeGreaterThanOrEqual(states)
  expect(failures.map(([state]) => state)).toEqual([])
}

describe('axe-core, WCAG 2.2 AA', () => {
  it('finds no violations on any step or error state in the light theme', async () => {
    site = await startExampleSite()
    expectNone(await auditEveryState())
  })

  it('finds no violations on any step or error state in the dark theme', async () => {
    site = await startExampleSite((html) =>
      html.replace('<weship-checkout ', '<weship-checkout theme="dark" '),
    )
    expectNone(await auditEveryState())
  })
})

describe('inline validation', () => {
  it('checks on blur, clears on the first valid keystroke, and links the summary to fields', async () => {
    site = await startExampleSite()
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    const city = shopper.checkout.getByLabel('City')
    await city.focus()
    await city.blur()
    const error = shopper.checkout.locator('#field-shippingAddress\\.city-error')
    expect(await error.innerText()).toBe('This field is required.')
    expect(await city.getAttribute('aria-invalid')).toBe('true')
    expect(await city.getAttribute('aria-describedby')).toContain(
      'field-shippingAddress.city-error',
    )
    await city.pressSequentially('B')
    await expect.poll(() => error.count()).toBe(0)
    expect(await city.getAttribute('aria-invalid')).toBeNull()

    // A failed submit: the summary takes focus, and each link takes the shopper to its field.
    await shopper.checkout.getByRole('button', { name: 'Continue to payment' }).click()
    const summary = shopper.checkout.locator('[part~="error-summary"]')
    await summary.locator('a').first().waitFor()
    await expect
      .poll(() =>
        shopper.checkout.evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('part')),
      )
      .toBe('error error-summary')
    await summary.getByRole('link', { name: /^Full name: / }).press('Enter')
    await expect
      .poll(() => shopper.checkout.evaluate((host) => host.shadowRoot?.activeElement?.id))
      .toBe('field-shippingAddress.name')
  })
})

describe('axe-core on the other pages', () => {
  it('finds no violations in the drawer (auto theme, dark scheme) nor in Arabic', async () => {
    const found: Record<string, string[]> = {}
    site = await startExampleSite((html) =>
      html.replace('<weship-checkout ', '<weship-checkout theme="auto" '),
    )
    await shopper.page.emulateMedia({ colorScheme: 'dark' })
    await shopper.goto(`${site.url}/script-tag/product.html`)
    await shopper.page.getByRole('button', { name: 'Add to cart' }).click()
    await shopper.cartButton(1).click()
    await shopper.checkout.locator('dialog[part~="drawer"]').waitFor()
    found['drawer: cart'] = await axeViolations(shopper.page)
    await shopper.checkOut()
    found['drawer: contact'] = await axeViolations(shopper.page)
    await site.close()

    await shopper.page.emulateMedia({ colorScheme: 'light' })
    site = await startExampleSite((html) =>
      html.replace('<html lang="en">', '<html lang="ar" dir="rtl">'),
    )
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.page.locator('weship-add-to-cart').first().locator('button').click()
    await shopper.checkout.locator('[part~="continue-button"]').click()
    await shopper.checkout.locator('input[name="contact.email"]').waitFor()
    found['ar: contact'] = await axeViolations(shopper.page)
    await shopper.checkout.locator('[part~="continue-button"]').click()
    await shopper.checkout.locator('[part~="error-summary"] a').waitFor()
    found['ar: error summary'] = await axeViolations(shopper.page)

    expectNone(found, 4)
  })
})
