import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpAdapter } from '@weship/checkout-core'
import { type MockServer, startMockServer } from '@weship/mock-server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './chromium'

// The payment origin in a real browser: CSP, frame-ancestors and postMessage, as a shop sees them.

let browser: Awaited<ReturnType<typeof launchChromium>>
let mock: MockServer
let shop: Server
let shopUrl: string

/** A shop page on its own loopback origin whose only content is an iframe the test points. */
function startShop(): Promise<Server> {
  const server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://shop').searchParams.get('frame') ?? ''
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.end(`<!doctype html><title>Shop</title><iframe title="Payment" src="${src}"></iframe>`)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  browser = await launchChromium()
  mock = await startMockServer({ port: 0 })
  shop = await startShop()
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`
})
afterAll(async () => {
  await browser?.close()
  await mock?.close()
  await new Promise((resolve) => shop?.close(resolve))
})

async function openShop(frame: string) {
  const page = await browser.context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.addInitScript(() => {
    const received: Array<{ origin: string; data: unknown }> = []
    Object.assign(window, { received })
    window.addEventListener('message', (event) =>
      received.push({ origin: event.origin, data: event.data }),
    )
  })
  await page.goto(`${shopUrl}/?frame=${encodeURIComponent(frame)}`)
  return { page, problems }
}

async function message(page: Page, type: string) {
  const handle = await page.waitForFunction(
    (wanted) =>
      (
        window as unknown as { received: Array<{ origin: string; data: { type?: string } }> }
      ).received.find((entry) => entry.data?.type === wanted),
    type,
  )
  return (await handle.jsonValue()) as { origin: string; data: Record<string, unknown> }
}

describe('payment origin in Chromium', () => {
  it('tokenizes a card typed into the hosted fields and gives the shop only the token', async () => {
    const { page, problems } = await openShop(`${mock.paymentUrl}/hosted-fields?origin=${shopUrl}`)
    expect((await message(page, 'weship:ready')).origin).toBe(mock.paymentUrl)
    const fields = page.frameLocator('iframe[title="Payment"]')
    await fields.getByLabel('Card number').fill('4242 4242 4242 4242')
    await fields.getByLabel('Expiry date (MM / YY)').fill('12 / 30')
    await fields.getByLabel('Security code (CVC)').fill('123')
    await fields.getByLabel('Name on card').fill('Ada Lovelace')
    await page.evaluate((target) => {
      document
        .querySelector('iframe')
        ?.contentWindow?.postMessage({ type: 'weship:tokenize' }, target)
    }, mock.paymentUrl)
    const token = await message(page, 'weship:token')
    expect(token.origin).toBe(mock.paymentUrl)
    expect(Object.keys(token.data).sort()).toEqual(['brand', 'last4', 'token', 'type'])
    expect(token.data).toMatchObject({ brand: 'visa', last4: '4242' })
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows field errors in the frame and reports them to the shop', async () => {
    const { page } = await openShop(`${mock.paymentUrl}/hosted-fields?origin=${shopUrl}`)
    await message(page, 'weship:ready')
    const fields = page.frameLocator('iframe[title="Payment"]')
    await fields.getByLabel('Card number').fill('4242 4242 4242 4241')
    await page.evaluate((target) => {
      document
        .querySelector('iframe')
        ?.contentWindow?.postMessage({ type: 'weship:tokenize' }, target)
    }, mock.paymentUrl)
    const refusal = await message(page, 'weship:token-error')
    expect(refusal.data.fields).toContainEqual({
      field: 'number',
      message: 'This card number is not valid.',
    })
    expect(await fields.getByText('This card number is not valid.').isVisible()).toBe(true)
    const number = fields.getByLabel('Card number')
    expect(await number.getAttribute('aria-invalid')).toBe('true')
    await page.close()
  })

  it('runs the 3-D Secure page in the frame and tells the shop when it is answered', async () => {
    const adapter = createHttpAdapter({ baseUrl: mock.url, retries: 0 })
    const created = await adapter.createCart({
      items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }],
    })
    await adapter.setContact(created.id, { email: 'ada@example.com' })
    await adapter.setShippingAddress(created.id, {
      name: 'Ada Lovelace',
      line1: 'Unter den Linden 1',
      city: 'Berlin',
      postalCode: '10117',
      country: 'DE',
    })
    const [option] = await adapter.listShippingOptions(created.id)
    const cart = await adapter.selectShippingOption(created.id, option?.id ?? '')
    const tokenResponse = await fetch(`${mock.paymentUrl}/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        number: '4000002760003184',
        expiry: '12/30',
        cvc: '123',
        origin: shopUrl,
      }),
    })
    const { token } = (await tokenResponse.json()) as { token: string }
    const payment = { methodId: 'card', token }
    const placed = await adapter.placeOrder(
      cart.id,
      { cartVersion: cart.version, payment },
      {
        idempotencyKey: 'browser-3ds',
      },
    )
    if (placed.status !== 'action_required' || placed.action.type !== 'three_d_secure') {
      throw new Error('Expected the test bank’s 3-D Secure page')
    }

    const { page, problems } = await openShop(placed.action.url)
    await page
      .frameLocator('iframe[title="Payment"]')
      .getByRole('button', { name: 'Complete authentication' })
      .click()
    const done = await message(page, 'weship:3ds-complete')
    expect(done).toEqual({
      origin: mock.paymentUrl,
      data: { type: 'weship:3ds-complete', actionId: placed.action.id },
    })
    const completed = await adapter.completePaymentAction(cart.id, placed.action.id, {
      idempotencyKey: 'browser-3ds-complete',
    })
    expect(completed.status).toBe('completed')
    expect(problems).toEqual([])
    await page.close()
  })
})
