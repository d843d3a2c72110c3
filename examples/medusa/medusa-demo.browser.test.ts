import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import type {} from '../../packages/adapter-medusa/src/testing/global-setup'
import { launchChromium } from '../../test/browser/chromium'
import { startMedusaPage } from './start-demo.mjs'

// A shopper's guest purchase in Chromium against the real Medusa of the `medusa` project's global
// setup (across origins: CORS, the publishable key, the cart id as the only handle). Each way a
// page can reach Medusa is one case of the same purchase: today the npm example
// (`checkout.adapter = createMedusaAdapter(…)`, bundled by Vite); a CDN page with
// `backend="medusa"` joins as a second case when those attributes land (issue 13, part 2).

const medusa = inject('medusa')

interface StorePage {
  name: string
  start(): Promise<{ url: string; close(): Promise<void> }>
}

const storePages: StorePage[] = [
  {
    name: 'the npm example (createMedusaAdapter, bundled by Vite)',
    async start() {
      const page = await startMedusaPage(medusa)
      return { url: `${page.pageUrl}/`, close: page.close }
    },
  },
]

let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  browser = await launchChromium()
  context = browser.context
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  page = await context.newPage()
  pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
})
afterEach(async () => {
  await page.close()
  expect(pageErrors).toEqual([])
})

const checkout = () => page.locator('weship-checkout')
const checkoutText = () => checkout().locator('[part~="base"]').innerText()
const field = (name: string | RegExp) => checkout().getByRole('textbox', { name, exact: true })
const product = (name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) })

describe.each(storePages)('a guest purchase on Medusa from $name', (storePage) => {
  let store: Awaited<ReturnType<StorePage['start']>>
  beforeAll(async () => {
    store = await storePage.start()
  })
  afterAll(async () => {
    await store?.close()
  })

  it('lists the catalog from Medusa at its prices with VAT', async () => {
    await page.goto(store.url)
    await expect.poll(() => product('Merino Crew').first().innerText()).toContain('€49.90')
  })

  it('places an order that Medusa records as authorized', { timeout: 120_000 }, async () => {
    await page.goto(store.url)
    // The order's id, from the event the page would send to its analytics.
    await page.evaluate(() => {
      document.addEventListener('weship-order-placed', (event) => {
        document.documentElement.dataset.orderId = event.detail.order.id
      })
    })
    await product('Merino Crew').first().getByRole('button', { name: 'Add to cart' }).click()
    await expect.poll(checkoutText, { timeout: 15_000 }).toContain('Merino Crew')
    await checkout().getByRole('button', { name: 'Check out' }).click()
    await field('E-mail').fill('medusa-browser@example.com')
    await checkout().getByRole('button', { name: 'Continue to shipping' }).click()
    await checkout().getByRole('combobox', { name: 'Country or region' }).selectOption('DE')
    await field('Full name').fill('Ada Lovelace')
    await field('Address').fill('Unter den Linden 1')
    await field('City').fill('Berlin')
    await field('Postal code').fill('10117')
    await field('Postal code').blur()
    await checkout()
      .getByRole('radio', { name: /Standard delivery/ })
      .check()
    // As a shopper would, go on once the total has the chosen delivery in it.
    await expect.poll(checkoutText, { timeout: 15_000 }).toContain('€54.80')
    await checkout().getByRole('button', { name: 'Continue to payment' }).click()
    await checkout().getByRole('button', { name: 'Continue to review' }).click()
    await checkout().getByRole('heading', { level: 2, name: 'Review and pay' }).waitFor()
    // €49.90 + €4.90 delivery, German VAT included in both.
    await expect.poll(checkoutText, { timeout: 15_000 }).toContain('Pay €54.80')
    await checkout().getByRole('button', { name: 'Pay €54.80' }).click()
    await checkout().getByText('Thank you! Your order is confirmed.').waitFor({ timeout: 30_000 })
    const orderId = await page.evaluate(() => document.documentElement.dataset.orderId ?? '')
    const recorded = await orderFromMedusa(orderId)
    expect(recorded).toMatchObject({ email: 'medusa-browser@example.com', total: 54.8 })
    expect(recorded.payment_collections[0]?.status).toBe('authorized')
    const number = await checkout().getByText('Order number').locator('strong').innerText()
    expect(number).toBe(String(recorded.display_id))
  })
})

/** The order as Medusa's own Store API tells it (the order id is the capability). */
async function orderFromMedusa(orderId: string) {
  const response = await fetch(`${medusa.baseUrl}/store/orders/${orderId}`, {
    headers: { 'x-publishable-api-key': medusa.publishableKey },
  })
  const body = (await response.json()) as {
    order: {
      email: string
      total: number
      display_id: number
      payment_collections: Array<{ status: string }>
    }
  }
  return body.order
}
