import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import type {} from '../../packages/adapter-medusa/src/testing/global-setup'
import { launchChromium } from '../../test/browser/chromium'
import { startMedusaPage } from './start-demo.mjs'

// A shopper's guest purchase in Chromium against the real Medusa of the `medusa` project's global
// setup (across origins: CORS, the publishable key, the cart id as the only handle). Each way a
// page can reach Medusa is one case of the same purchase: the npm example
// (`checkout.adapter = createMedusaAdapter(…)`, bundled by Vite), and the script-tag page on the
// built CDN files with `backend="medusa"` attributes, as the ES module and as the classic script.

const medusa = inject('medusa')

interface StorePage {
  name: string
  /** The page's path on a page server of its own (an origin of its own: a cart of its own). */
  path: string
  /** The CDN chunk of the Medusa adapter the page must fetch, once (none: bundled or inline). */
  adapterChunk?: RegExp
}

const storePages: StorePage[] = [
  { name: 'the npm example (createMedusaAdapter, bundled by Vite)', path: '/' },
  {
    name: 'a script-tag page on the CDN module with backend="medusa"',
    path: '/script-tag.html',
    adapterChunk: /\/cdn\/chunks\/medusa-backend-[^/]+\.mjs$/,
  },
  {
    name: 'a script-tag page on the classic script with backend="medusa"',
    path: '/script-tag.html?script=classic',
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

describe('the npm example', () => {
  it('lists the catalog from Medusa at its prices with VAT', async () => {
    const store = await startMedusaPage(medusa)
    try {
      await page.goto(`${store.pageUrl}/`)
      await expect.poll(() => product('Merino Crew').first().innerText()).toContain('€49.90')
    } finally {
      await store.close()
    }
  })
})

describe.each(storePages)('a guest purchase on Medusa from $name', (storePage) => {
  let store: Awaited<ReturnType<typeof startMedusaPage>>
  beforeAll(async () => {
    store = await startMedusaPage(medusa)
  })
  afterAll(async () => {
    await store?.close()
  })

  it('places an order that Medusa records as authorized', { timeout: 120_000 }, async () => {
    const chunks: string[] = []
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname))
    await page.goto(`${store.pageUrl}${storePage.path}`)
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
    // The script-tag page offers every provider of Medusa's region; the npm page only this one.
    const manual = checkout().getByRole('radio', { name: 'Manual payment' })
    if (await manual.count()) await manual.check()
    await checkout().getByRole('button', { name: 'Continue to review' }).click()
    await checkout().getByRole('heading', { level: 2, name: 'Review and pay' }).waitFor()
    // €49.90 + €4.90 delivery, German VAT included in both.
    await expect.poll(checkoutText, { timeout: 15_000 }).toContain('Pay €54.80')
    await checkout().getByRole('button', { name: 'Pay €54.80' }).click()
    // The confirmation names the order once, by its number: "Your order 12 is confirmed."
    await checkout()
      .getByText(/Your order .+ is confirmed\./)
      .waitFor({ timeout: 30_000 })
    const orderId = await page.evaluate(() => document.documentElement.dataset.orderId ?? '')
    const recorded = await orderFromMedusa(orderId)
    expect(recorded).toMatchObject({ email: 'medusa-browser@example.com', total: 54.8 })
    expect(recorded.payment_collections[0]?.status).toBe('authorized')
    const number = await checkout().locator('[part~="order-number"]').innerText()
    expect(number).toBe(String(recorded.display_id))
    const adapterChunks = chunks.filter((path) => /medusa-backend/.test(path))
    if (storePage.adapterChunk) {
      expect(adapterChunks).toHaveLength(1)
      expect(adapterChunks[0]).toMatch(storePage.adapterChunk)
    } else expect(adapterChunks).toEqual([])
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
