import { createCommerceEngine } from '@weship/mock-server'
import type { Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allowStripeInCsp } from '../../scripts/stripe-csp.mjs'
import { openShopperPage } from '../../test/browser/checkout-page'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'

// `pnpm test:stripe-live`: the store page's purchase against Stripe's test mode, with the real
// Stripe.js and API (network and STRIPE_TEST_* keys needed; scripts/stripe-live.mjs checks).

const secretKey = process.env.STRIPE_TEST_SECRET_KEY ?? ''
const publishableKey = process.env.STRIPE_TEST_PUBLISHABLE_KEY ?? ''

let browser: Awaited<ReturnType<typeof launchChromium>>
let site: ExampleSite
const engine = createCommerceEngine({ stripe: { secretKey, publishableKey } })

beforeAll(async () => {
  browser = await launchChromium()
  site = await startExampleSite(allowStripeInCsp, { engine })
})
afterAll(async () => {
  await site?.close()
  await browser?.close()
})

/** The frame (among Stripe's nested ones) that has this label or button. */
async function frameWith(frames: () => Frame[], find: (frame: Frame) => Promise<boolean>) {
  let found: Frame | undefined
  await expect
    .poll(async () => {
      for (const frame of frames()) if (await find(frame).catch(() => false)) found = frame
      return found !== undefined
    })
    .toBe(true)
  return found as Frame
}

async function buy(card: string) {
  const shopper = await openShopperPage(browser.context)
  await shopper.goto(`${site.url}/script-tag/`)
  await shopper.addToCart('Merino Crew Sweater', 1)
  await shopper.checkOut()
  await shopper.fillContact()
  await shopper.fillAddress()
  await shopper.pickDelivery()
  const fields = await frameWith(
    () => shopper.page.frames(),
    async (frame) => (await frame.getByLabel('Card number').count()) > 0,
  )
  await fields.getByLabel('Card number').fill(card)
  await fields.getByLabel('Expiration date').fill('12 / 34')
  await fields.getByLabel('Security code').fill('123')
  await shopper.continueToReview()
  await shopper.payButton().click()
  return shopper
}

describe('Stripe test mode (live)', () => {
  it('buys with 4242 4242 4242 4242', async () => {
    const shopper = await buy('4242 4242 4242 4242')
    await shopper.confirmation()
    const charge = engine.payments.charges().at(-1)
    expect(charge?.paymentIntent).toMatch(/^pi_/)
    await shopper.assertClean()
  })

  it('passes Stripe’s 3-D Secure test page with 4000 0027 6000 3184', async () => {
    const shopper = await buy('4000 0027 6000 3184')
    const bank = await frameWith(
      () => shopper.page.frames(),
      async (frame) => (await frame.getByRole('button', { name: /complete/i }).count()) > 0,
    )
    await bank.getByRole('button', { name: /complete/i }).click()
    await shopper.confirmation()
    await shopper.assertClean()
  })
})
