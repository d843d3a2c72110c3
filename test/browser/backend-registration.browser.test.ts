import { join } from 'node:path'
import { startMockServer } from '@weship/mock-server'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { defaultMounts, startStaticServer } from '../../scripts/static-server.mjs'
import { launchChromium } from './chromium'
import { assertCdnBuilt } from './example-site'

// Elements that a framework rendered (or a server sent) before the CDN file was there, and
// whose backend the page registers once, after: they wait quietly and then share one cart.

let browser: Awaited<ReturnType<typeof launchChromium>>
let mock: Awaited<ReturnType<typeof startMockServer>>
let site: Awaited<ReturnType<typeof startStaticServer>>
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  assertCdnBuilt()
  mock = await startMockServer({ port: 0, host: '127.0.0.1' })
  site = await startStaticServer({
    mounts: { '/cdn/': defaultMounts['/cdn/'], '/': join(import.meta.dirname, 'pages') },
  })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await mock?.close()
})
beforeEach(async () => {
  page = await browser.context.newPage()
  pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.addInitScript(() => {
    const errors: unknown[] = []
    Object.assign(window, { weshipErrors: errors })
    document.addEventListener('weship-error', (event) => errors.push((event as CustomEvent).detail))
  })
  await page.goto(`${site.url}/server-rendered.html`)
  // One browser profile for both tests: each starts without the other's remembered cart.
  await page.evaluate(() => localStorage.clear())
})
afterEach(async () => {
  await page.close()
  expect(pageErrors).toEqual([])
})

const shadowText = (tag: string) => page.locator(tag).locator('[part~="base"]').first().innerText()
const weshipErrors = () =>
  page.evaluate(() => (window as unknown as { weshipErrors: unknown[] }).weshipErrors)

/** Waits a moment with the backend unknown: nothing may report an error meanwhile. */
async function expectQuietWait() {
  await expect.poll(() => shadowText('weship-checkout')).toContain('Loading your cart')
  await page.waitForTimeout(500)
  expect(await weshipErrors()).toEqual([])
  expect(await page.getByRole('alert').count()).toBe(0)
}

async function expectOneCart() {
  await expect.poll(() => shadowText('weship-checkout')).toContain('Your cart is empty')
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await page.getByRole('button', { name: 'Cart, 1 item' }).waitFor()
  await expect.poll(() => shadowText('weship-checkout')).toContain('Merino Crew Sweater')
  expect(await weshipErrors()).toEqual([])
}

// Strings, not functions: Vitest would rewrite an import() inside a function it serialises.
const registerOn = (global: string, api: string) =>
  `${global}.registerBackend(${global}.createHttpAdapter({ baseUrl: ${JSON.stringify(api)} }))`
const importModule = "import('/cdn/weship-checkout.mjs')"

describe('a backend registered once, after the elements', () => {
  it('connects elements that the classic script defines late', async () => {
    await page.addScriptTag({ url: '/cdn/weship-checkout.js' })
    await expectQuietWait()
    await page.evaluate(registerOn('WeshipCheckout', mock.url))
    await expectOneCart()
  })

  it('connects server-rendered elements that the ES module hydrates', async () => {
    await page.evaluate(importModule)
    await expectQuietWait()
    await page.evaluate(`${importModule}.then((module) => ${registerOn('module', mock.url)})`)
    await expectOneCart()
  })
})
