import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { focusedElement } from '../../test/browser/keyboard'
import { useShopperSession } from '../../test/browser/shopper-session'

// Declines and 3-D Secure on examples/script-tag/index.html, with the test bank's cards.

const session = useShopperSession()

const orderCount = () => session.site.engine.exportState().orders?.length ?? 0
/** The `part` of whatever has focus inside the widget's shadow root. */
const focusedPart = () =>
  session.shopper.checkout.evaluate(
    (host) => host.shadowRoot?.activeElement?.getAttribute('part') ?? null,
  )

describe('a declined card', () => {
  it('shows a focused notice, keeps every input, and pays with another card', async () => {
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await session.shopper.addToCart('Merino Crew Sweater', 1)
    await session.shopper.reachPayment(cards.declines)
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()

    const notice = session.shopper.checkout.locator('[part~="payment-declined"]')
    await notice.waitFor()
    expect(await notice.getAttribute('role')).toBe('alert')
    expect(await notice.innerText()).toContain(
      'Your bank declined this payment, and nothing was charged. Try another card or another way to pay.',
    )
    await expect.poll(focusedPart).toBe('error payment-declined')
    expect(await session.shopper.events('weship-payment-failed')).toHaveLength(1)
    expect(orderCount()).toBe(0)
    // Still on review, with what the shopper typed.
    await session.shopper.expectStep('Review and pay')
    const review = await session.shopper.text()
    expect(review).toContain(erika.email)
    expect(review).toContain(erika.line1)
    expect(review).toContain(erika.postalCode)

    // One way on, not "Try again" beside a "Pay" that would do the same.
    expect(await session.shopper.payButton().count()).toBe(0)
    await notice.getByRole('button', { name: 'Enter card details' }).click()
    await session.shopper.expectStep('Payment')
    expect(await session.shopper.cardFields.getByLabel('Card number').inputValue()).toBe('')
    await session.shopper.typeCard(cards.approves)
    await session.shopper.continueToReview()
    expect(await notice.count()).toBe(0)
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(await session.shopper.text()).toMatch(/Visa ending in 4242/)
    expect(orderCount()).toBe(1)
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })
})

/** A purchase with the card that asks for 3-D Secure, up to the bank's dialog on screen. */
async function payWithChallengeCard() {
  const { shopper } = session
  await shopper.goto(`${session.site.url}/script-tag/`)
  await shopper.addToCart('Merino Crew Sweater', 1)
  await shopper.reachPayment(cards.challenge)
  await shopper.continueToReview()
  await shopper.payButton().click()
  const dialog = shopper.checkout.getByRole('dialog', {
    name: 'Confirm the payment with your bank',
  })
  await dialog.waitFor()
  const bank = shopper.checkout.frameLocator('iframe[title="Your bank\'s verification page"]')
  return { dialog, bank }
}

describe('3-D Secure', () => {
  it('opens the bank page in a modal dialog, and an approval confirms the order', async () => {
    const { dialog, bank } = await payWithChallengeCard()
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true)
    // Focus moved into the dialog (the bank's frame or the cancel button), not left on the page.
    await expect
      .poll(() =>
        session.shopper.checkout.evaluate(
          (host) => host.shadowRoot?.activeElement?.closest('dialog') !== null,
        ),
      )
      .toBe(true)
    await bank.getByRole('heading', { name: 'Confirm your payment' }).waitFor()
    expect(await bank.locator('main').innerText()).toContain('•••• 3184')
    expect(orderCount()).toBe(0)

    await bank.getByRole('button', { name: 'Complete authentication' }).click()
    await session.shopper.confirmation()
    expect(await dialog.count()).toBe(0)
    expect(await session.shopper.text()).toMatch(/ending in 3184/)
    expect(orderCount()).toBe(1)
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })
})

describe('3-D Secure, cancelled', () => {
  it('closes on Esc without an order, and the shopper can pay afterwards', async () => {
    const { dialog, bank } = await payWithChallengeCard()
    await bank.getByRole('button', { name: 'Complete authentication' }).waitFor()
    await dialog.getByRole('button', { name: 'Cancel payment' }).focus()
    await session.shopper.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    await session.shopper.expectStep('Review and pay')
    // Focus goes to what happened, not the top of the page: nothing was charged.
    await expect
      .poll(() => focusedElement(session.shopper.page))
      .toMatch(/^div "You closed your bank's check, so nothing was charged/)
    expect(orderCount()).toBe(0)
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(0)

    // The challenge used the card up: the card fields again, and an approving card goes through.
    await session.shopper.checkout.getByRole('button', { name: 'Enter card details' }).click()
    await session.shopper.expectStep('Payment')
    await session.shopper.typeCard(cards.approves)
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(orderCount()).toBe(1)
  })
})
