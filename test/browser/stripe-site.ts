import { createCommerceEngine } from '@weship/mock-server'
import type { FrameLocator } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { type StripeStandIn, startStripeStandIn } from '../stripe/api/stand-in-server'
import { openShopperPage, type ShopperPage } from './checkout-page'
import { launchChromium } from './chromium'
import { type ExampleSite, startExampleSite } from './example-site'

export interface StripeSite {
  site: ExampleSite
  standIn: StripeStandIn
  close(): Promise<void>
}

/**
 * The examples with the mock server in Stripe mode, paying through the stand-in for Stripe.
 * `provider`: the store page hands the widget's Stripe provider the stand-in's Stripe.js as its
 * loader (`createStripeProvider({ loadStripe })`); `window`: the page configures nothing and the
 * stand-in is Stripe.js already on the page (`window.Stripe`). Either way no URL is intercepted;
 * the pages' CSP allows the stand-in's origin as a shop allows Stripe's.
 */
export async function startStripeSite(
  options: { configure?: 'provider' | 'window'; latencyMs?: number } = {},
): Promise<StripeSite> {
  const standIn = await startStripeStandIn({ latencyMs: options.latencyMs ?? 0 })
  const engine = createCommerceEngine({
    stripe: {
      secretKey: standIn.secretKey,
      publishableKey: standIn.publishableKey,
      apiBase: standIn.url,
    },
  })
  const script = options.configure === 'window' ? 'window-stripe' : 'shop-uses-stand-in'
  const site = await startExampleSite(
    (html) =>
      html
        .replace(/(script-src [^;]*)/, `$1 ${standIn.url}`)
        .replace(/(frame-src [^;]*)/, `$1 ${standIn.url}`)
        .replace(/(connect-src [^;]*)/, `$1 ${standIn.url}`)
        .replace(
          '</head>',
          `<script type="module" src="${standIn.url}/js/${script}.js"></script></head>`,
        ),
    { engine },
  )
  return {
    site,
    standIn,
    close: async () => {
      await site.close()
      await standIn.close()
    },
  }
}

/** The stand-in's Payment Element: Stripe's iframe in the widget's light-DOM container. */
export function stripeFields(shopper: ShopperPage): FrameLocator {
  return shopper.checkout.frameLocator('iframe[title="Secure payment input frame"]')
}

/** Types a card into the Payment Element, as a shopper would. */
export async function typeStripeCard(shopper: ShopperPage, number: string): Promise<void> {
  const fields = stripeFields(shopper)
  await fields.getByLabel('Card number').fill(number)
  await fields.getByLabel('Expiration date').fill('12 / 34')
  await fields.getByLabel('Security code').fill('123')
}

/** Cart → contact → shipping → payment, with a card typed into Stripe's Payment Element. */
export async function reachStripePayment(shopper: ShopperPage, number: string): Promise<void> {
  await shopper.checkOut()
  await shopper.fillContact()
  await shopper.fillAddress()
  await shopper.pickDelivery()
  await typeStripeCard(shopper, number)
}

export interface StripeSession {
  readonly shopper: ShopperPage
  /** This test's Stripe site; fails before `open`. */
  readonly stripe: StripeSite
  /** Starts the Stripe-mode site and opens its store page with a sweater in the cart. */
  openStore(options?: Parameters<typeof startStripeSite>[0], page?: string): Promise<void>
  /** The same with the test processor (no Stripe method): the comparison page. */
  openTestShop(page: string): Promise<ExampleSite>
  /** The orders the mock server recorded. */
  orders(): NonNullable<ReturnType<ExampleSite['engine']['exportState']>['orders']>
}

/** The hooks of a Stripe browser test file: one Chromium, and per test a tab and a site. */
export function useStripeSession(): StripeSession {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
  let shopper: ShopperPage | undefined
  let stripe: StripeSite | undefined
  let testShop: ExampleSite | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())
  beforeEach(async () => {
    if (browser) shopper = await openShopperPage(browser.context)
  })
  afterEach(async () => {
    await shopper?.assertClean()
    await shopper?.page.close()
    await stripe?.close()
    await testShop?.close()
    stripe = undefined
    testShop = undefined
  })
  const session: StripeSession = {
    get shopper() {
      if (!shopper) throw new Error('useStripeSession: no shopper tab outside a test')
      return shopper
    },
    get stripe() {
      if (!stripe) throw new Error('useStripeSession: this test opened no Stripe site')
      return stripe
    },
    async openStore(options = {}, page = 'script-tag/') {
      stripe = await startStripeSite(options)
      await session.shopper.goto(`${stripe.site.url}/${page}`)
      await addSweater(session.shopper)
    },
    async openTestShop(page) {
      testShop = await startExampleSite()
      await session.shopper.goto(`${testShop.url}/${page}`)
      await addSweater(session.shopper)
      return testShop
    },
    orders: () => session.stripe.site.engine.exportState().orders ?? [],
  }
  return session
}

/** The store page lists products; the product page has one "Add to cart" (the sweater). */
async function addSweater(shopper: ShopperPage): Promise<void> {
  if (new URL(shopper.page.url()).pathname.endsWith('product.html')) {
    await shopper.page.getByRole('button', { name: 'Add to cart' }).click()
    await shopper.cartButton(1).waitFor()
  } else {
    await shopper.addToCart('Merino Crew Sweater', 1)
  }
}
