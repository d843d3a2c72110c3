import { describe, expect, it } from 'vitest'
import { cards } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// Issue 15, major 1: a jump forward in the step list does what the step's own button does.

const session = useShopperSession()

const orderCount = () => session.site.engine.exportState().orders?.length ?? 0
const stepList = () => session.shopper.checkout.getByRole('navigation', { name: 'Checkout steps' })

describe('a jump forward in the step list', () => {
  it('tokenizes the card typed on the payment step, so it is asked for once', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment()
    await stepList().getByRole('button', { name: 'Review and pay' }).click()
    await shopper.expectStep('Review and pay')
    const review = await shopper.text()
    expect(review).toContain('Visa ending in 4242')
    expect(review).not.toContain('card details are needed')
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(orderCount()).toBe(1)
  })

  it('stays on the payment step when the card fields refuse the card', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.approves)
    await shopper.cardFields.getByLabel('Security code (CVC)').fill('1')
    await stepList().getByRole('button', { name: 'Review and pay' }).click()
    await shopper.checkout.getByText('Please check your card details.').waitFor()
    await shopper.expectStep('Payment')
  })

  it('saves an e-mail changed on the contact step before it skips ahead', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment()
    await shopper.continueToReview()
    await shopper.checkout.getByRole('button', { name: 'Edit Contact' }).click()
    await shopper.expectStep('Contact')
    await shopper.checkout.getByLabel('E-mail', { exact: true }).fill('max@example.com')
    await stepList().getByRole('button', { name: 'Review and pay' }).click()
    await shopper.expectStep('Review and pay')
    expect(await shopper.text()).toContain('max@example.com')
    await shopper.payButton().click()
    await shopper.confirmation()
    const [order] = session.site.engine.exportState().orders ?? []
    expect(order?.email).toBe('max@example.com')
  })

  it('keeps the shopper on a step whose input is refused, with its error summary', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment()
    await stepList().getByRole('button', { name: 'Contact' }).click()
    await shopper.checkout.getByLabel('E-mail', { exact: true }).fill('max@')
    await stepList().getByRole('button', { name: 'Payment' }).click()
    await shopper.checkout.locator('[part~="error-summary"] a').waitFor()
    await shopper.expectStep('Contact')
  })
})
