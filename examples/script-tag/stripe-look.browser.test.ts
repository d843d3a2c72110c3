import { describe, expect, it } from 'vitest'
import { reachStripePayment, stripeFields, useStripeSession } from '../../test/browser/stripe-site'

// The Payment Element looks and speaks like the widget around it, and follows the cart's amount,
// without being mounted again (which would lose what the shopper typed).

const session = useStripeSession()

interface StandInCall {
  call: string
  options?: {
    amount?: number
    locale?: string
    appearance?: { theme?: string; variables?: Record<string, string> }
  }
}

/** What the widget asked of the stand-in's Stripe.js so far. */
const stripeCalls = () =>
  session.shopper.page.evaluate(
    () =>
      (window as unknown as { stripeStandIns: Array<{ standInLog: StandInCall[] }> })
        .stripeStandIns[0]?.standInLog ?? [],
  ) as Promise<StandInCall[]>

const frameBackground = () =>
  stripeFields(session.shopper)
    .locator('body')
    .evaluate((body) => getComputedStyle(body).backgroundColor)

describe('the Payment Element in the widget', () => {
  it('takes the dark theme’s colours and follows a switch to light', async () => {
    await session.openStore()
    await session.shopper.checkout.evaluate((host) => host.setAttribute('theme', 'dark'))
    await reachStripePayment(session.shopper, '4242 4242 4242 4242')
    const [created] = (await stripeCalls()).filter((call) => call.call === 'elements')
    expect(created?.options?.appearance?.theme).toBe('night')
    // The widget's own dark background (#111827), as rgb() for Stripe.
    expect(created?.options?.appearance?.variables?.colorBackground).toBe('rgb(17, 24, 39)')
    expect(await frameBackground()).toBe('rgb(17, 24, 39)')

    await session.shopper.checkout.evaluate((host) => host.setAttribute('theme', 'light'))
    await expect.poll(frameBackground).toBe('rgb(255, 255, 255)')
    const calls = await stripeCalls()
    expect(calls.filter((call) => call.call === 'elements')).toHaveLength(1)
    expect(calls.at(-1)?.options?.appearance?.theme).toBe('stripe')
    // What was typed is still there.
    expect(await stripeFields(session.shopper).getByLabel('Card number').inputValue()).toBe(
      '4242 4242 4242 4242',
    )
  })

  it('charges what the cart says after a code, without a remount, and speaks the widget’s language', async () => {
    await session.openStore()
    await reachStripePayment(session.shopper, '4242 4242 4242 4242')
    const [created] = (await stripeCalls()).filter((call) => call.call === 'elements')
    expect(created?.options?.locale).toBe('en')

    const summary = session.shopper.checkout.locator('[part~="summary"]')
    await summary.getByRole('button', { name: 'Add a promo code or gift card' }).click()
    await summary.getByLabel('Promo code or gift card').fill('SAVE5')
    await summary.getByRole('button', { name: 'Apply' }).click()
    await summary.getByRole('button', { name: 'Remove SAVE5' }).waitFor()
    // SAVE5 takes €5 off what was due when the Element was made: it follows, without a remount.
    const lastAmount = async () => (await stripeCalls()).at(-1)?.options?.amount
    await expect.poll(lastAmount).toBe((created?.options?.amount ?? 0) - 500)
    expect((await stripeCalls()).filter((call) => call.call === 'elements')).toHaveLength(1)
    expect(await stripeFields(session.shopper).getByLabel('Card number').inputValue()).toBe(
      '4242 4242 4242 4242',
    )

    await session.shopper.checkout.evaluate((host) => host.setAttribute('locale', 'de'))
    await stripeFields(session.shopper).getByLabel('Kartennummer').waitFor()
    await session.shopper.checkout.evaluate((host) => host.setAttribute('locale', 'en'))
    await stripeFields(session.shopper).getByLabel('Card number').waitFor()
    await session.shopper.expectStep('Payment')
  })

  it('pays the amount the server computed, which is what Stripe was shown', async () => {
    await session.openStore()
    await reachStripePayment(session.shopper, '4242 4242 4242 4242')
    const [created] = (await stripeCalls()).filter((call) => call.call === 'elements')
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    const [intent] = session.stripe.standIn.paymentIntents()
    expect(intent?.amount).toBe(created?.options?.amount)
    expect(intent?.amount).toBe(session.orders()[0]?.receipt.total.amount)
  })
})
