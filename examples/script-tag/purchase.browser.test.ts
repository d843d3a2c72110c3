import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// Whole purchases on examples/script-tag/index.html, loading only the built CDN file.

const session = useShopperSession()

const orderCount = () => session.site.engine.exportState().orders?.length ?? 0

describe('a guest purchase', () => {
  it('goes from the product card to a confirmed order with a card', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.checkOut()
    await session.shopper.fillContact()
    await session.shopper.fillAddress()
    const delivery = await session.shopper.pickDelivery()
    await session.shopper.typeCard(cards.approves)
    await session.shopper.continueToReview()

    const pay = session.shopper.payButton()
    expect(await pay.innerText()).toMatch(/^Pay €\d+\.\d\d$/)
    await pay.click()
    const number = await session.shopper.confirmation()
    expect(number).not.toBe('')

    const text = await session.shopper.text()
    expect(text).toMatch(/Your order WS-\d+ is confirmed\./)
    expect(text).toContain(erika.email)
    // The estimate chosen on the shipping step, in the same words.
    const estimate = delivery.match(/Arrives [^\n]+/)?.[0]
    expect(estimate).toBeDefined()
    expect(text).toContain(estimate)
    expect(text).toContain('Merino Crew Sweater')
    expect(text).toMatch(/Visa ending in 4242/)
    expect(text).toContain('Unter den Linden 1')

    const placed = await session.shopper.events('weship-order-placed')
    expect(placed).toHaveLength(1)
    expect(placed[0]).toMatchObject({ order: { number } })
    expect(orderCount()).toBe(1)

    // The confirmation's link opens the order status page (order-status-url) with this order.
    await session.shopper.checkout.getByRole('link', { name: 'View your order status' }).click()
    await session.shopper.page.waitForURL(/\/tracking-page\/\?order=/)
    const status = session.shopper.page.locator('weship-order-status')
    await status.getByRole('heading', { name: `Order ${number}` }).waitFor()
    expect(await status.locator('[part~="base"]').innerText()).toContain('Unter den Linden 1')
  })
})

describe('the guest form', () => {
  it('asks at most 8 visible fields on the contact and shipping steps, in the US, Germany and Japan', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.checkOut()
    const contact = await visibleFields()
    await session.shopper.fillContact()
    // The phone field ends the address form: once it shows, the whole form has rendered.
    await session.shopper.checkout.getByRole('textbox', { name: /^Phone/ }).waitFor()
    const shipping = await visibleFields()
    // The collapsed address line 2 is laid out (for autofill) but takes no room and no focus.
    expect(
      await session.shopper.checkout.locator('input[name="shippingAddress.line2"]').count(),
    ).toBe(1)
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

    // A German address has no region list: one field fewer, postal code before the town.
    await session.shopper.checkout.getByLabel('Country or region').selectOption('DE')
    await session.shopper.checkout.getByLabel('City').waitFor()
    expect([...contact, ...(await visibleFields())]).toEqual([
      'contact.email',
      'shippingAddress.country',
      'shippingAddress.name',
      'shippingAddress.line1',
      'shippingAddress.postalCode',
      'shippingAddress.city',
      'shippingAddress.phone',
    ])

    // Japan's post writes no city: a prefecture and a postal code (its data fetched on demand).
    await session.shopper.checkout.getByLabel('Country or region').selectOption('JP')
    await session.shopper.checkout.getByLabel('Prefecture').waitFor()
    expect([...contact, ...(await visibleFields())]).toEqual([
      'contact.email',
      'shippingAddress.country',
      'shippingAddress.name',
      'shippingAddress.line1',
      'shippingAddress.region',
      'shippingAddress.postalCode',
      'shippingAddress.phone',
    ])
  })
})

/** Visible, enabled text inputs and selects of the step on screen, by name. */
/**
 * The names of the text inputs and selects a shopper sees, read in one go inside the page: a
 * field-by-field read could straddle a re-render and miss one.
 */
async function visibleFields(): Promise<string[]> {
  return session.shopper.checkout.evaluate((host) =>
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
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Stoneware Mug', 2)
    await session.shopper.reachPayment()
    await session.shopper.continueToReview()
    await session.shopper.payButton().dblclick()
    await session.shopper.confirmation()
    // Anything a second press sent would have landed by now.
    await session.shopper.page.waitForTimeout(500)
    console.info(`Orders on the server after a double click on Pay: ${orderCount()}`)
    expect(orderCount()).toBe(1)
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('gives exactly one order for a double Enter on Pay, even within one task', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Stoneware Mug', 2)
    await session.shopper.reachPayment()
    await session.shopper.continueToReview()
    const pay = session.shopper.payButton()
    await pay.focus()
    await session.shopper.page.keyboard.press('Enter')
    await session.shopper.page.keyboard.press('Enter')
    await session.shopper.confirmation()
    await session.shopper.page.waitForTimeout(500)
    console.info(`Orders on the server after a double Enter on Pay: ${orderCount()}`)
    expect(orderCount()).toBe(1)
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('gives exactly one order for two clicks before any re-render', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Stoneware Mug', 2)
    await session.shopper.reachPayment()
    await session.shopper.continueToReview()
    await session.shopper.payButton().evaluate((button: HTMLElement) => {
      button.click()
      button.click()
    })
    await session.shopper.confirmation()
    await session.shopper.page.waitForTimeout(500)
    expect(orderCount()).toBe(1)
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })
})

describe('codes in the summary', () => {
  it('applies a promo code and a gift card, and the receipt shows both', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.checkOut()
    const summary = session.shopper.checkout.locator('[part~="summary"]')
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
    await session.shopper.page.waitForTimeout(300)
    expect(await summary.innerText()).not.toContain('This code is already applied.')
    expect(await summary.locator('[part~="gift-card"]').count()).toBe(1)
    // The gift card pays part: the total stays, the amount to pay drops by €50.
    expect(await total()).toBe(discounted)
    expect(await summary.locator('[part~="gift-card"]').innerText()).toMatch(/€50\.00/)
    expect(euros(await due.innerText())).toBeCloseTo(euros(discounted) - 50, 2)

    await session.shopper.fillContact()
    await session.shopper.fillAddress()
    await session.shopper.pickDelivery()
    await session.shopper.typeCard()
    await session.shopper.continueToReview()
    const amountDue = euros(await summary.locator('[part~="amount-due"]').innerText())
    expect(await session.shopper.payButton().innerText()).toBe(`Pay €${amountDue.toFixed(2)}`)
    await session.shopper.payButton().click()
    await session.shopper.confirmation()

    const receipt = session.shopper.checkout.locator('[part~="receipt"]')
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
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.checkOut()
    await session.shopper.fillContact()
    await session.shopper.fillAddress()
    await session.shopper.page.reload()
    await session.shopper.expectStep('Shipping')
    const form = session.shopper.checkout
    expect(await form.getByLabel('Country or region').inputValue()).toBe(erika.country)
    expect(await form.getByLabel('Full name').inputValue()).toBe(erika.name)
    expect(await form.getByLabel('Address', { exact: true }).inputValue()).toBe(erika.line1)
    expect(await form.getByLabel('City').inputValue()).toBe(erika.city)
    expect(await form.getByLabel('Postal code').inputValue()).toBe(erika.postalCode)

    await session.shopper.pickDelivery()
    await session.shopper.typeCard()
    await session.shopper.page.reload()
    await session.shopper.expectStep('Payment')
    expect(await session.shopper.cardFields.getByLabel('Card number').inputValue()).toBe('')
    const stored = await session.shopper.page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    )
    expect(stored).not.toContain('4242')
    expect(stored).toContain(erika.line1)

    await session.shopper.typeCard()
    await session.shopper.continueToReview()
    // On review the card token is held in memory only: a reload asks for the card again.
    await session.shopper.page.reload()
    await session.shopper.expectStep('Review and pay')
    // The hint needs the payment methods, which the resumed step loads after it shows.
    await expect
      .poll(() => session.shopper.text())
      .toContain('Your card details are needed again to pay.')
    expect(await session.shopper.text()).toContain(erika.email)
    // The address shows once its country's format is here (fetched again after the reload; the
    // address is aria-busy until then).
    await expect.poll(() => session.shopper.text()).toContain(erika.line1)
    // No "Pay" that cannot pay: the one way on is the card fields.
    expect(await session.shopper.payButton().count()).toBe(0)
    await session.shopper.checkout.getByRole('button', { name: 'Enter card details' }).click()
    await session.shopper.expectStep('Payment')
    await session.shopper.typeCard()
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(orderCount()).toBe(1)
  })
})

describe('editing on review', () => {
  it('goes back to a section, keeps the rest, and pays the new total', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.reachPayment()
    await session.shopper.continueToReview()
    const before = await session.shopper.payButton().innerText()

    await session.shopper.checkout.getByRole('button', { name: 'Edit Delivery' }).click()
    await session.shopper.expectStep('Shipping')
    expect(await session.shopper.checkout.getByLabel('Full name').inputValue()).toBe(erika.name)
    const express = await session.shopper.pickDelivery(1)
    expect(express).toContain('Express')
    // The card typed before is still held: straight on to review.
    await session.shopper.continueToReview()
    const review = session.shopper.checkout.locator('[part~="review-shipping"]')
    expect(await review.innerText()).toContain('Express')
    const after = await session.shopper.payButton().innerText()
    expect(after).not.toBe(before)
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(
      await session.shopper.checkout.locator('[part~="delivery-option"]').innerText(),
    ).toContain('Express')
    const total = await session.shopper.checkout
      .locator('[part~="receipt"] [part~="total"]')
      .innerText()
    expect(after).toContain(total.replace(/^Total\s*/, ''))
  })
})
