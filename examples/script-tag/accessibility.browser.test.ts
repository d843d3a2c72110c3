import { describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/browser/axe'
import { cards } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// axe-core (WCAG 2.2 AA tags) on every step and error state of the store page, in both themes.

const session = useShopperSession({ site: 'per-test' })

/** Walks a purchase through every step and error state, running axe at each. */
async function auditEveryState(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {}
  const audit = async (state: string) => {
    found[state] = await axeViolations(session.shopper.page)
  }
  const checkout = session.shopper.checkout
  await session.shopper.goto(`${session.site.url}/script-tag/`)
  await audit('empty cart')
  await session.shopper.addToCart('Merino Crew Sweater', 1)
  await session.shopper.addToCart('Stoneware Mug', 3)
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

  await session.shopper.checkOut()
  await audit('contact')
  const email = checkout.getByLabel('E-mail', { exact: true })
  await email.fill('erika@')
  await email.blur()
  await checkout.getByText('Enter an e-mail address like name@example.com.').waitFor()
  await audit('contact: field error after blur')
  await checkout.getByRole('button', { name: 'Continue to shipping' }).click()
  await checkout.locator('[part~="error-summary"] a').waitFor()
  await audit('contact: error summary after a failed submit')
  await session.shopper.fillContact()
  await audit('shipping')

  await checkout.getByRole('button', { name: 'Continue to payment' }).click()
  await checkout.locator('[part~="error-summary"] a').first().waitFor()
  await audit('shipping: error summary after a failed submit')
  await session.shopper.fillAddress()
  await checkout.getByLabel('Address', { exact: true }).focus()
  await checkout.getByRole('button', { name: '+ Apartment, suite, etc.' }).click()
  await audit('shipping: address filled, line 2 open')
  await session.shopper.pickDelivery()
  await session.shopper.cardFields.getByLabel('Card number').waitFor()
  await audit('payment')
  await session.shopper.typeCard(cards.declines)
  await session.shopper.continueToReview()
  await audit('review')

  await session.shopper.payButton().click()
  await checkout.locator('[part~="payment-declined"]').waitFor()
  await audit('review: payment declined')
  await checkout.getByRole('button', { name: 'Enter card details' }).click()
  await session.shopper.expectStep('Payment')
  await session.shopper.typeCard(cards.challenge)
  await session.shopper.continueToReview()
  await session.shopper.payButton().click()
  const bank = checkout.frameLocator('iframe[title="Your bank\'s verification page"]')
  await bank.getByRole('button', { name: 'Complete authentication' }).waitFor()
  await audit('review: 3-D Secure dialog')
  await bank.getByRole('button', { name: 'Complete authentication' }).click()
  await session.shopper.confirmation()
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
    await session.openSite()
    expectNone(await auditEveryState())
  })

  it('finds no violations on any step or error state in the dark theme', async () => {
    await session.openSite((html) =>
      html.replace('<weship-checkout ', '<weship-checkout theme="dark" '),
    )
    expectNone(await auditEveryState())
  })
})

describe('inline validation', () => {
  it('checks on blur, clears on the first valid keystroke, and links the summary to fields', async () => {
    await session.openSite()
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.checkOut()
    await session.shopper.fillContact()
    const city = session.shopper.checkout.getByLabel('City')
    await city.focus()
    await city.blur()
    const error = session.shopper.checkout.locator('#field-shippingAddress\\.city-error')
    expect(await error.innerText()).toBe('This field is required.')
    expect(await city.getAttribute('aria-invalid')).toBe('true')
    expect(await city.getAttribute('aria-describedby')).toContain(
      'field-shippingAddress.city-error',
    )
    await city.pressSequentially('B')
    await expect.poll(() => error.count()).toBe(0)
    expect(await city.getAttribute('aria-invalid')).toBeNull()

    // A failed submit: the summary takes focus, and each link takes the shopper to its field.
    await session.shopper.checkout.getByRole('button', { name: 'Continue to payment' }).click()
    const summary = session.shopper.checkout.locator('[part~="error-summary"]')
    await summary.locator('a').first().waitFor()
    await expect
      .poll(() =>
        session.shopper.checkout.evaluate((host) =>
          host.shadowRoot?.activeElement?.getAttribute('part'),
        ),
      )
      .toBe('error error-summary')
    await summary.getByRole('link', { name: /^Full name: / }).press('Enter')
    await expect
      .poll(() => session.shopper.checkout.evaluate((host) => host.shadowRoot?.activeElement?.id))
      .toBe('field-shippingAddress.name')
  })
})

describe('axe-core on the other pages', () => {
  it('finds no violations in the drawer (auto theme, dark scheme) nor in Arabic', async () => {
    const found: Record<string, string[]> = {}
    await session.openSite((html) =>
      html.replace('<weship-checkout ', '<weship-checkout theme="auto" '),
    )
    await session.shopper.page.emulateMedia({ colorScheme: 'dark' })
    await session.shopper.goto(`${session.site.url}/script-tag/product.html`)
    await session.shopper.page.getByRole('button', { name: 'Add to cart' }).click()
    await session.shopper.cartButton(1).click()
    await session.shopper.checkout.locator('dialog[part~="drawer"]').waitFor()
    found['drawer: cart'] = await axeViolations(session.shopper.page)
    await session.shopper.checkOut()
    found['drawer: contact'] = await axeViolations(session.shopper.page)

    await session.shopper.page.emulateMedia({ colorScheme: 'light' })
    await session.openSite((html) => html.replace('<html lang="en">', '<html lang="ar" dir="rtl">'))
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.page.locator('weship-add-to-cart').first().locator('button').click()
    await session.shopper.checkout.locator('[part~="continue-button"]').click()
    await session.shopper.checkout.locator('input[name="contact.email"]').waitFor()
    found['ar: contact'] = await axeViolations(session.shopper.page)
    await session.shopper.checkout.locator('[part~="continue-button"]').click()
    await session.shopper.checkout.locator('[part~="error-summary"] a').waitFor()
    found['ar: error summary'] = await axeViolations(session.shopper.page)

    expectNone(found, 4)
  })
})
