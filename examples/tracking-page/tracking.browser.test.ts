import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'

// examples/tracking-page/index.html with the built CDN file, over a real mock server and its clock.

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const buyer = { email: 'grace@example.com', name: 'Grace Hopper', line1: 'Friedrichstraße 43' }

let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let site: ExampleSite
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  browser = await launchChromium()
  context = browser.context
  site = await startExampleSite()
})
afterAll(async () => {
  await site?.close()
  await browser?.close()
})
beforeEach(async () => {
  page = await context.newPage()
  pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.addInitScript(() => {
    const log: Array<{ type: string; detail: unknown }> = []
    Object.assign(window, { weshipLog: log })
    for (const type of ['weship-tracking-update', 'weship-feedback-submit', 'weship-error']) {
      document.addEventListener(type, (event) =>
        log.push({ type, detail: (event as CustomEvent).detail }),
      )
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push({ type: 'csp-violation', detail: event.violatedDirective }),
    )
    // Refresh every 300 ms instead of 30 s: set before the element upgrades, as a framework would.
    new MutationObserver((_records, observer) => {
      const element = document.querySelector('weship-order-status')
      if (!element) return
      Object.assign(element, { pollInterval: 300 })
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
})
afterEach(async () => {
  expect(await events('csp-violation')).toEqual([])
  await page.close()
  expect(pageErrors).toEqual([])
})

async function call<T>(method: string, url: string, body?: unknown, headers = {}): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** A guest order of one tee to Berlin, placed through the REST API as the checkout would. */
async function placeOrder(): Promise<{ id: string; number: string; statusToken: string }> {
  const { api } = site
  const cart = await call<{ id: string }>('POST', `${api}/carts`, {
    currency: 'EUR',
    items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }],
  })
  const path = `${api}/carts/${cart.id}`
  await call('PUT', `${path}/contact`, { email: buyer.email })
  const address = {
    name: buyer.name,
    line1: buyer.line1,
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  }
  await call('PUT', `${path}/shipping-address`, address)
  const { options } = await call<{ options: Array<{ id: string }> }>(
    'GET',
    `${path}/shipping-options`,
  )
  const ready = await call<{ version: number }>('PUT', `${path}/shipping-option`, {
    optionId: options[0]?.id,
  })
  const card = { number: '4242 4242 4242 4242', expiry: '12 / 35', cvc: '123', name: 'Grace' }
  const { token } = await call<{ token: string }>('POST', `${site.paymentOrigin}/tokens`, card)
  const placed = await call<{ order: { id: string; number: string; statusToken: string } }>(
    'POST',
    `${path}/orders`,
    { cartVersion: ready.version, payment: { methodId: 'card', token } },
    { 'idempotency-key': `tracking-${cart.id}` },
  )
  return placed.order
}

const events = (type: string) =>
  page.evaluate(
    (wanted) =>
      (window as unknown as { weshipLog: Array<{ type: string; detail: unknown }> }).weshipLog
        .filter((entry) => entry.type === wanted)
        .map((entry) => entry.detail),
    type,
  )
const advanceClock = (advance: string) =>
  call<{ now: string }>('POST', `${site.api}/__dev/clock`, { advance })

/**
 * The demo carrier picks parcels up at 15:00 UTC on business days: an order placed at 07:00 UTC on
 * a weekday is on its way by 17:00, whatever day the tests run (a Sunday's order waits a day).
 */
async function toWeekdayMorning(): Promise<void> {
  const now = new Date((await advanceClock('PT1S')).now)
  const target = new Date(now)
  target.setUTCHours(7, 0, 0, 0)
  while (target <= now || target.getUTCDay() === 0 || target.getUTCDay() === 6) {
    target.setUTCDate(target.getUTCDate() + 1)
  }
  await advanceClock(`PT${Math.ceil((target.getTime() - now.getTime()) / 1000)}S`)
}
const open = (query: string) => page.goto(`${site.url}/tracking-page/${query}`)
const status = () => page.locator('weship-order-status')
const statusText = () => status().locator('[part~="base"]').innerText()

async function expectNoAxeViolations(): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's strict CSP stays on for everything else.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ...args: unknown[]
          ) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
  })
  expect(violations).toEqual([])
}

describe('the order status page', () => {
  it('shows the order from its link, and the timeline advances with the clock', async () => {
    await toWeekdayMorning()
    const order = await placeOrder()
    await open(`?order=${order.id}&token=${order.statusToken}`)
    await expect.poll(statusText).toContain(`Order ${order.number}`)
    expect(await statusText()).toContain(buyer.line1)
    // The receipt's rules came with the page: the address reads one line at a time.
    const address = await status().locator('[part~="address"]').first().innerText()
    expect(address.split('\n')).toContain(buyer.line1)
    await expectNoAxeViolations()
    // No reload: the page's own refresh picks the new scans up and tells the page.
    await advanceClock('PT10H')
    await expect.poll(statusText).toContain('In transit')
    const updates = (await events('weship-tracking-update')) as Array<{ orderId: string }>
    expect(updates.at(-1)?.orderId).toBe(order.id)
    // The label, then the pickup at the warehouse (its second scan there folded into it).
    const timeline = status().locator('[part~="timeline-event"]')
    expect(await timeline.count()).toBeGreaterThanOrEqual(2)
    const scans = await timeline.allInnerTexts()
    expect(scans.some((text) => text.includes('Shipping label created'))).toBe(true)
    expect(scans.some((text) => text.includes('Picked up'))).toBe(true)
    await expectNoAxeViolations()
    await status().evaluate((element) => element.setAttribute('theme', 'dark'))
    await expectNoAxeViolations()
  })

  it('treats a link whose token has expired like no link at all', async () => {
    const order = await placeOrder()
    // Status tokens live 90 days.
    await advanceClock('P91D')
    await open(`?order=${order.id}&token=${order.statusToken}`)
    await expect.poll(statusText).toContain('Find your order')
    const text = await page.locator('body').innerText()
    for (const secret of [buyer.name, buyer.line1, buyer.email, order.number]) {
      expect(text).not.toContain(secret)
      expect(await statusText()).not.toContain(secret)
    }
  })

  it('asks for number and e-mail for a wrong token, showing no personal data until they match', async () => {
    const order = await placeOrder()
    await open(`?order=${order.id}&token=expired-or-wrong`)
    await expect.poll(statusText).toContain('Find your order')
    const before = await page.locator('body').innerText()
    for (const secret of [buyer.name, buyer.line1, buyer.email, order.number]) {
      expect(before).not.toContain(secret)
      expect(await statusText()).not.toContain(secret)
    }
    await expectNoAxeViolations()

    await page.getByLabel('Order number').fill(order.number)
    await page.getByLabel('E-mail').fill('someone@else.example')
    await page.getByRole('button', { name: 'Show my order' }).click()
    await expect.poll(statusText).toContain("couldn't find an order")
    expect(await statusText()).not.toContain(buyer.line1)
    await expectNoAxeViolations()

    await page.getByLabel('E-mail').fill(buyer.email)
    await page.getByRole('button', { name: 'Show my order' }).click()
    await expect.poll(statusText).toContain(buyer.line1)
    const stored = await page.evaluate(() => [sessionStorage.length, localStorage.length])
    expect(stored).toEqual([1, 0])
  })

  it('takes feedback once from the feedback link, with a real radio group', async () => {
    const order = await placeOrder()
    await advanceClock('P4D')
    await open(`?order=${order.id}&token=${order.statusToken}#feedback`)
    const rating = page.getByRole('group', { name: 'Your rating' })
    await rating.waitFor()
    await expectNoAxeViolations()
    await page.getByRole('radio', { name: '5 stars' }).check()
    await page.getByLabel('Comment (optional)').fill('Arrived early, thanks!')
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await expect.poll(statusText).toContain('Thank you for your feedback!')
    expect(await events('weship-feedback-submit')).toEqual([
      { orderId: order.id, rating: 5, hasComment: true },
    ])

    await page.reload()
    await page.getByRole('radio', { name: '3 stars' }).check()
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await expect.poll(statusText).toContain('already sent feedback')
    await expectNoAxeViolations()
  })
})
