import { describe, expect, it } from 'vitest'
import { reachStripePayment, useStripeSession } from '../../test/browser/stripe-site'

// examples/script-tag/product.html, on the ES module: the page configures nothing. Stripe's
// chunk is fetched only when the shop lists a Stripe method, and the stand-in is "Stripe.js
// already on the page" (window.Stripe), which @stripe/stripe-js's loader uses as it would Stripe's.

const session = useStripeSession()

const stripeChunkRequests = (urls: string[]) =>
  urls.filter((url) => /\/chunks\/stripe-provider-[\w-]+\.mjs$/.test(url))

describe('Stripe from the ES module, in the cart drawer', () => {
  it('fetches the Stripe chunk at the payment step, and passes 3-D Secure over the open drawer', async () => {
    const requested: string[] = []
    session.shopper.page.on('request', (request) => requested.push(request.url()))
    await session.openStore({ configure: 'window' }, 'script-tag/product.html')
    expect(stripeChunkRequests(requested)).toEqual([])
    await session.shopper.cartButton(1).click()
    await reachStripePayment(session.shopper, '4000 0027 6000 3184')
    expect(stripeChunkRequests(requested)).toHaveLength(1)
    await session.shopper.continueToReview()
    await session.shopper.payButton().click()
    // Stripe's modal sits in the page, outside the drawer: the drawer lets go while it is open.
    const bank = session.shopper.page.frameLocator('iframe[title="3D Secure authentication"]')
    await bank.getByRole('button', { name: 'Complete' }).click()
    await session.shopper.confirmation()
    expect(session.orders()).toHaveLength(1)
    const drawer = session.shopper.checkout.locator('dialog[part~="drawer"]')
    expect(await drawer.evaluate((dialog) => dialog.matches(':modal'))).toBe(true)
  })
})

describe('a shop without Stripe methods', () => {
  it('never fetches the Stripe chunk nor Stripe.js', async () => {
    const requested: string[] = []
    session.shopper.page.on('request', (request) => requested.push(request.url()))
    const site = await session.openTestShop('script-tag/product.html')
    await session.shopper.cartButton(1).click()
    await session.shopper.checkOut()
    await session.shopper.fillContact()
    await session.shopper.fillAddress()
    await session.shopper.pickDelivery()
    await session.shopper.cardFields.getByLabel('Card number').waitFor()
    expect(stripeChunkRequests(requested)).toEqual([])
    expect(requested.filter((url) => url.includes('stripe'))).toEqual([])
    expect(site.url).toBeTruthy()
  })
})
