import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium } from '../../test/browser/chromium'
import { startVendureDemo } from './start-demo.mjs'

// The shopper's view of examples/vendure: the elements in Chromium, the adapter talking to a real
// Vendure across origins (CORS, the exposed session header, bearer tokens). The full purchase
// joins when the checkout steps' UI lands.

let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let demo: Awaited<ReturnType<typeof startVendureDemo>>
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  demo = await startVendureDemo()
  browser = await launchChromium()
  context = browser.context
})
afterAll(async () => {
  await browser?.close()
  await demo?.close()
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

const checkoutText = () => page.locator('weship-checkout').locator('[part~="base"]').innerText()
const product = (name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) })

describe('the Vendure example store', () => {
  it('lists the catalog from Vendure at its before-tax prices', async () => {
    await page.goto(`${demo.pageUrl}/`)
    await expect.poll(() => product('Ethernet Cable').innerText()).toContain('$5.97')
  })

  it('adds to a Vendure cart that survives a reload, with its tax in the total', async () => {
    await page.goto(`${demo.pageUrl}/`)
    await product('Ethernet Cable').getByRole('button', { name: 'Add to cart' }).click()
    await expect.poll(checkoutText, { timeout: 15_000 }).toContain('Ethernet Cable')
    // $5.97 before tax, $7.16 with Vendure's 20% (its sample data's default zone).
    await expect.poll(checkoutText).toContain('$7.16')
    await page.reload()
    await expect.poll(checkoutText, { timeout: 15_000 }).toContain('Ethernet Cable')
  })
})
