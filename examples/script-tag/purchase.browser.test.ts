import type { BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cards, erika, openShopperPage, type ShopperPage } from '../../test/browser/checkout-page'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'

// Whole purchases on examples/script-tag/index.html, loading only the built CDN file.

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

describe('a guest purchase', () => {
  it('goes from the product card to a confirmed order with a card', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.fillAddress()
    const delivery = await shopper.pickDelivery()
    await shopper.typeCard(cards.approves)
    await shopper.continueToReview()

    const pay = shopper.payButton()
    expect(await pay.innerText()).toMatch(/^Pay €\d+\.\d\d$/)
    await pay.click()
    const number = await shopper.confirmation()
    expect(number).not.toBe('')

    const text = await shopper.text()
    expect(text).toContain('Thank you! Your order is confirmed.')
    expect(text).toContain(erika.email)
    // The estimate chosen on the shipping step, in the same words.
    const estimate = delivery.match(/Arrives [^\n]+/)?.[0]
    expect(estimate).toBeDefined()
    expect(text).toContain(estimate)
    expect(text).toContain('Merino Crew Sweater')
    expect(text).toMatch(/Visa ending in 4242/)
    expect(text).toContain('Unter den Linden 1')

    const placed = await shopper.events('weship-order-placed')
    expect(placed).toHaveLength(1)
    expect(placed[0]).toMatchObject({ order: { number } })
    expect(orderCount()).toBe(1)

    // The confirmation's link opens the order status page (order-status-url) with this order.
    await shopper.checkout.getByRole('link', { name: 'View your order status' }).click()
    await shopper.page.waitForURL(/\/tracking-page\/\?order=/)
    const status = shopper.page.locator('weship-order-status')
    await status.getByRole('heading', { name: `Order ${number}` }).waitFor()
    expect(await status.locator('[part~="base"]').innerText()).toContain('Unter den Linden 1')
  })
})

describe('the guest form', () => {
  it('asks at most 8 visible fields on the contact and shipping steps', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    const contact = await visibleFields()
    await shopper.fillContact()
    // The phone field ends the address form: once it shows, the whole form has rendered.
    await shopper.checkout.getByRole('textbox', { name: /^Phone/ }).waitFor()
    const shipping = await visibleFields()
    // The collapsed address line 2 is laid out (for autofill) but takes no room and no focus.
    expect(await shopper.checkout.locator('input[name="shippingAddress.line2"]').count()).toBe(1)
    const names = [...contact, ...shipping]
    console.info(
      `Visible fields in a default guest checkout (${names.length}): ${names.join(', ')}`,
    )
    // An English page paying in euros preselects the US, whose address has a State list.
    expect(names).toEqual([
      'contact.email',
      'shippingAddress.country',
      'shippingAddress.name',
      'shippingAddress.line1',
      'shippingAddress.city',
      'shippingAddress.region',
      'shippingAddress.postalCode',
      'shippingAddress.phone',
    ])
    expect(names.length).toBeLessThanOrEqual(8)

    // A German address has no region list: one field fewer.
    await shopper.checkout.getByLabel('Country or region').selectOption('DE')
    expect(await visibleFields()).not.toContain('shippingAddress.region')
    expect([...contact, ...(await visibleFields())]).toHaveLength(7)
  })
})

/** Visible, enabled text inputs and selects of the step on screen, by name. */
/**
 * The names of the text inputs and selects a shopper sees, read in one go inside the page: a
 * field-by-field read could straddle a re-render and miss one.
 */
async function visibleFields(): Promise<string[]> {
  return shopper.checkout.evaluate((host) =>
    [
      ...(host.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, textarea',
      ) ?? []),
    ]
      .filter((field) => {
        const box = field.getBoundingClientRect()
        return (
          field.checkVisibility({ visibilityProperty: true }) &&
          box.width > 0 &&
          box.height > 0 &&
          !field.disabled
        )
      })
      .map((field) => field.getAttribute('name') ?? '(no name)'),
  )
}

describe('place order', () => {
  it('gives exactly one order for a double click on Pay', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Stoneware Mug', 2)
    await shopper.reachPayment()
    await shopper.continueToReview()
    await shopper.payButton().dblclick()
    await shopper.confirmation()
    // Anything a second press sent would have landed by now.
    await shopper.page.waitForTimeout(500)
    console.info(`Orders on the server after a double click on Pay: ${orderCount()}`)
    expect(orderCount()).toBe(1)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('gives exactly one order for a double Enter on Pay, even within one task', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Stoneware Mug', 2)
    await shopper.reachPayment()
    await shopper.continueToReview()
    const pay = shopper.payButton()
    await pay.focus()
    await shopper.page.keyboard.press('Enter')
    await shopper.page.keyboard.press('Enter')
    await shopper.confirmation()
    await shopper.page.waitForTimeout(500)
    console.info(`Orders on the server after a double Enter on Pay: ${orderCount()}`)
    expect(orderCount()).toBe(1)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('gives exactly one order for two clicks before any re-render', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Stoneware Mug', 2)
    await shopper.reachPayment()
    await shopper.continueToReview()
    await shopper.payButton().evaluate((button: HTMLElement) => {
      button.click()
      button.click()
    })
    await shopper.confirmation()
    await shopper.page.waitForTimeout(500)
    expect(orderCount()).toBe(1)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })
})

describe('codes in the summary', () => {
  it('applies a promo code and a gift card, and the receipt shows both', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    const summary = shopper.checkout.locator('[part~="summary"]')
    const total = () => summary.locator('[part~="total"]').innerText()
    const before = await total()
    expect(before).toContain('€89.00')

    await summary.getByRole('button', { name: 'Add a promo code or gift card' }).click()
    await summary.getByLabel('Promo code or gift card').fill('WELCOME10')
    await summary.getByRole('button', { name: 'Apply' }).click()
    await summary.getByRole('button', { name: 'Remove WELCOME10' }).waitFor()
    await expect.poll(total).not.toBe(before)
    const discounted = await total()
    expect(await summary.locator('[part~="discount"]').innerText()).toMatch(/−€8\.90|-€8\.90/)

    // The code field stays open, emptied, for the next code.
    await summary.getByLabel('Promo code or gift card').fill('GIFT-DEMO-EURO-0050')
    // Two presses before any re-render (a fast double click): applied once, and not refused.
    await summary.getByRole('button', { name: 'Apply' }).evaluate((button: HTMLElement) => {
      button.click()
      button.click()
    })
    const due = summary.locator('[part~="amount-due"]')
    await due.waitFor()
    const apply = summary.getByRole('button', { name: 'Apply' })
    await expect.poll(() => apply.getAttribute('aria-disabled')).toBe('false')
    await shopper.page.waitForTimeout(300)
    expect(await summary.innerText()).not.toContain('This code is already applied.')
    expect(await summary.locator('[part~="gift-card"]').count()).toBe(1)
    // The gift card pays part: the total stays, the amount to pay drops by €50.
    expect(await total()).toBe(discounted)
    expect(await summary.locator('[part~="gift-card"]').innerText()).toMatch(/€50\.00/)
    expect(euros(await due.innerText())).toBeCloseTo(euros(discounted) - 50, 2)

    await shopper.fillContact()
    await shopper.fillAddress()
    await shopper.pickDelivery()
    await shopper.typeCard()
    await shopper.continueToReview()
    const amountDue = euros(await summary.locator('[part~="amount-due"]').innerText())
    expect(await shopper.payButton().innerText()).toBe(`Pay €${amountDue.toFixed(2)}`)
    await shopper.payButton().click()
    await shopper.confirmation()

    const receipt = shopper.checkout.locator('[part~="receipt"]')
    const text = await receipt.innerText()
    expect(await receipt.locator('[part~="discount"]').innerText()).toMatch(/8\.90/)
    expect(text).toMatch(/Gift card ending in \d{4}\s+€50\.00/)
    expect(text).toMatch(new RegExp(`Visa ending in 4242\\s+€${amountDue.toFixed(2)}`))
  })
})

/** `€1,234.50` → 1234.5 */
function euros(text: string): number {
  const match = text.match(/€([\d,]+\.\d\d)/)
  return Number(match?.[1]?.replaceAll(',', '') ?? Number.NaN)
}

describe('a reload in the middle', () => {
  it('resumes at the same step with what was typed, never the card', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.fillAddress()
    await shopper.page.reload()
    await shopper.expectStep('Shipping')
    const form = shopper.checkout
    expect(await form.getByLabel('Country or region').inputValue()).toBe(erika.country)
    expect(await form.getByLabel('Full name').inputValue()).toBe(erika.name)
    expect(await form.getByLabel('Address', { exact: true }).inputValue()).toBe(erika.line1)
    expect(await form.getByLabel('City').inputValue()).toBe(erika.city)
    expect(await form.getByLabel('Postal code').inputValue()).toBe(erika.postalCode)

    await shopper.pickDelivery()
    await shopper.typeCard()
    await shopper.page.reload()
    await shopper.expectStep('Payment')
    expect(await shopper.cardFields.getByLabel('Card number').inputValue()).toBe('')
    const stored = await shopper.page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    )
    expect(stored).not.toContain('4242')
    expect(stored).toContain(erika.line1)

    await shopper.typeCard()
    await shopper.continueToReview()
    // On review the card token is held in memory only: a reload asks for the card again.
    await shopper.page.reload()
    await shopper.expectStep('Review and pay')
    // The hint needs the payment methods, which the resumed step loads after it shows.
    await expect.poll(() => shopper.text()).toContain('Your card details are needed again to pay.')
    const review = await shopper.text()
    expect(review).toContain(erika.email)
    expect(review).toContain(erika.line1)
    await shopper.payButton().click()
    await shopper.expectStep('Payment')
    await shopper.typeCard()
    await shopper.continueToReview()
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(orderCount()).toBe(1)
  })
})

describe('editing on review', () => {
  it('goes back to a section, keeps the rest, and pays the new total', async () => {
    await shopper.goto(`${site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment()
    await shopper.continueToReview()
    const before = await shopper.payButton().innerText()

    await shopper.checkout.getByRole('button', { name: 'Edit Delivery' }).click()
    await shopper.expectStep('Shipping')
    expect(await shopper.checkout.getByLabel('Full name').inputValue()).toBe(erika.name)
    const express = await shopper.pickDelivery(1)
    expect(express).toContain('Express')
    // The card typed before is still held: straight on to review.
    await shopper.continueToReview()
    const review = shopper.checkout.locator('[part~="review-shipping"]')
    expect(await review.innerText()).toContain('Express')
    const after = await shopper.payButton().innerText()
    expect(after).not.toBe(before)
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(await shopper.checkout.locator('[part~="delivery-option"]').innerText()).toContain(
      'Express',
    )
    const total = await shopper.checkout.locator('[part~="receipt"] [part~="total"]').innerText()
    expect(after).toContain(total.replace(/^Total\s*/, ''))
  })
})
