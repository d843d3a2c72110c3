import { describe, expect, it } from 'vitest'
import { erika } from '../../test/browser/checkout-page'
import {
  reachStripePayment,
  stripeFields,
  typeStripeCard,
  useStripeSession,
} from '../../test/browser/stripe-site'

// Real card payments with Stripe's Payment Element, from the one-file CDN script on the store
// page, against the stand-ins for Stripe.js and Stripe's API (no network here).

const cards = {
  visa: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  threeDS: '4000 0027 6000 3184',
}

const session = useStripeSession()
const { openStore, orders } = session

describe('paying with Stripe', () => {
  it('buys as a guest: the Payment Element in the page, a ConfirmationToken, one PaymentIntent', async () => {
    await openStore()
    await reachStripePayment(session.shopper, cards.visa)
    // Stripe.js cannot work in a shadow root: its frame sits in the element's light DOM.
    const frameHost = await session.shopper.checkout
      .locator('iframe[title="Secure payment input frame"]')
      .evaluate((frame) => ({
        inShadow: frame.getRootNode() instanceof ShadowRoot,
        slot: frame.parentElement?.slot,
      }))
    expect(frameHost).toEqual({ inShadow: false, slot: 'payment-fields' })
    await session.shopper.continueToReview()
    expect(await session.shopper.text()).toContain('Visa ending in 4242')
    await session.shopper.payButton().click()
    const number = await session.shopper.confirmation()
    const [order] = orders()
    expect(order?.number).toBe(number)
    const intents = session.stripe.standIn.paymentIntents()
    expect(intents).toEqual([
      expect.objectContaining({
        status: 'succeeded',
        amount: order?.receipt.total.amount,
        currency: 'eur',
      }),
    ])
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('keeps everything typed after a decline and pays with another card', async () => {
    await openStore()
    await reachStripePayment(session.shopper, cards.declined)
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    const notice = session.shopper.checkout.locator('[part~="payment-declined"]')
    await notice.waitFor()
    expect(await session.shopper.events('weship-payment-failed')).toEqual([
      expect.objectContaining({ code: 'PAYMENT_DECLINED', reason: 'card_declined' }),
    ])
    const review = await session.shopper.text()
    expect(review).toContain(erika.email)
    expect(review).toContain(erika.line1)
    expect(await notice.innerText()).toContain('Your bank declined this payment')
    await notice.getByRole('button', { name: 'Enter card details' }).click()
    await session.shopper.expectStep('Payment')
    // A fresh Payment Element: the declined ConfirmationToken is spent.
    expect(await stripeFields(session.shopper).getByLabel('Card number').inputValue()).toBe('')
    await typeStripeCard(session.shopper, cards.visa)
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(orders()).toHaveLength(1)
    expect(session.stripe.standIn.paymentIntents().map((intent) => intent.status)).toEqual([
      'requires_payment_method',
      'succeeded',
    ])
  })

  it('runs 3-D Secure through Stripe.js, then confirms the order', async () => {
    await openStore()
    await reachStripePayment(session.shopper, cards.threeDS)
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    // Stripe's own modal over the page, not the widget's dialog.
    const bank = session.shopper.page.frameLocator('iframe[title="3D Secure authentication"]')
    await bank.getByRole('button', { name: 'Complete' }).click()
    await session.shopper.confirmation()
    expect(await session.shopper.text()).toMatch(/ending in 3184/)
    expect(orders()).toHaveLength(1)
    expect(await session.shopper.checkout.getByRole('dialog').count()).toBe(0)
  })

  it('makes one order and one PaymentIntent from a double click on Pay', async () => {
    // A slow Stripe, so the second click lands while the first payment is on its way.
    await openStore({ latencyMs: 400 })
    await reachStripePayment(session.shopper, cards.visa)
    await session.shopper.continueToReview()
    await session.shopper.payButton().dblclick()
    await session.shopper.confirmation()
    expect(orders()).toHaveLength(1)
    expect(session.stripe.standIn.paymentIntents()).toHaveLength(1)
    const confirms = session.stripe.standIn.requests.filter(
      (request) => request.method === 'POST' && request.path === '/v1/payment_intents',
    )
    expect(confirms).toHaveLength(1)
  })
})
