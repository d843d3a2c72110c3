import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { erika, openShopperPage, type ShopperPage } from '../../test/browser/checkout-page'
import { launchChromium } from '../../test/browser/chromium'
import {
  reachStripePayment,
  type StripeSite,
  startStripeSite,
  stripeFields,
  typeStripeCard,
} from '../../test/browser/stripe-site'

// Real card payments with Stripe's Payment Element, from the one-file CDN script on the store
// page, against the stand-ins for Stripe.js and Stripe's API (no network here).

const cards = {
  visa: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  threeDS: '4000 0027 6000 3184',
}

let browser: Awaited<ReturnType<typeof launchChromium>>
let stripe: StripeSite
let shopper: ShopperPage

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())
beforeEach(async () => {
  shopper = await openShopperPage(browser.context)
})
afterEach(async () => {
  await shopper.assertClean()
  await shopper.page.close()
  await stripe?.close()
})

const orders = () => stripe.site.engine.exportState().orders ?? []

async function openStore(options: Parameters<typeof startStripeSite>[0] = {}) {
  stripe = await startStripeSite(options)
  await shopper.goto(`${stripe.site.url}/script-tag/`)
  await shopper.addToCart('Merino Crew Sweater', 1)
}

describe('paying with Stripe', () => {
  it('buys as a guest: the Payment Element in the page, a ConfirmationToken, one PaymentIntent', async () => {
    await openStore()
    await reachStripePayment(shopper, cards.visa)
    // Stripe.js cannot work in a shadow root: its frame sits in the element's light DOM.
    const frameHost = await shopper.checkout
      .locator('iframe[title="Secure payment input frame"]')
      .evaluate((frame) => ({
        inShadow: frame.getRootNode() instanceof ShadowRoot,
        slot: frame.parentElement?.slot,
      }))
    expect(frameHost).toEqual({ inShadow: false, slot: 'payment-fields' })
    await shopper.continueToReview()
    expect(await shopper.text()).toContain('Visa ending in 4242')
    await shopper.payButton().click()
    const number = await shopper.confirmation()
    const [order] = orders()
    expect(order?.number).toBe(number)
    const intents = stripe.standIn.paymentIntents()
    expect(intents).toEqual([
      expect.objectContaining({
        status: 'succeeded',
        amount: order?.receipt.total.amount,
        currency: 'eur',
      }),
    ])
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('keeps everything typed after a decline and pays with another card', async () => {
    await openStore()
    await reachStripePayment(shopper, cards.declined)
    await shopper.continueToReview()
    await shopper.payButton().click()
    const notice = shopper.checkout.locator('[part~="payment-declined"]')
    await notice.waitFor()
    expect(await shopper.events('weship-payment-failed')).toEqual([
      expect.objectContaining({ code: 'PAYMENT_DECLINED', reason: 'card_declined' }),
    ])
    const review = await shopper.text()
    expect(review).toContain(erika.email)
    expect(review).toContain(erika.line1)
    await notice.getByRole('button', { name: 'Try again' }).click()
    await shopper.expectStep('Payment')
    // A fresh Payment Element: the declined ConfirmationToken is spent.
    expect(await stripeFields(shopper).getByLabel('Card number').inputValue()).toBe('')
    await typeStripeCard(shopper, cards.visa)
    await shopper.continueToReview()
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(orders()).toHaveLength(1)
    expect(stripe.standIn.paymentIntents().map((intent) => intent.status)).toEqual([
      'requires_payment_method',
      'succeeded',
    ])
  })

  it('runs 3-D Secure through Stripe.js, then confirms the order', async () => {
    await openStore()
    await reachStripePayment(shopper, cards.threeDS)
    await shopper.continueToReview()
    await shopper.payButton().click()
    // Stripe's own modal over the page, not the widget's dialog.
    const bank = shopper.page.frameLocator('iframe[title="3D Secure authentication"]')
    await bank.getByRole('button', { name: 'Complete' }).click()
    await shopper.confirmation()
    expect(await shopper.text()).toMatch(/ending in 3184/)
    expect(orders()).toHaveLength(1)
    expect(await shopper.checkout.getByRole('dialog').count()).toBe(0)
  })

  it('makes one order and one PaymentIntent from a double click on Pay', async () => {
    // A slow Stripe, so the second click lands while the first payment is on its way.
    await openStore({ latencyMs: 400 })
    await reachStripePayment(shopper, cards.visa)
    await shopper.continueToReview()
    await shopper.payButton().dblclick()
    await shopper.confirmation()
    expect(orders()).toHaveLength(1)
    expect(stripe.standIn.paymentIntents()).toHaveLength(1)
    const confirms = stripe.standIn.requests.filter(
      (request) => request.method === 'POST' && request.path === '/v1/payment_intents',
    )
    expect(confirms).toHaveLength(1)
  })
})
