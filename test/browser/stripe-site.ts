import { createCommerceEngine } from '@weship/mock-server'
import type { FrameLocator } from 'playwright-core'
import { type StripeStandIn, startStripeStandIn } from '../stripe/api/stand-in-server'
import type { ShopperPage } from './checkout-page'
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
