import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'

// The shopper's view of examples/script-tag/index.html, loading only the built CDN file.

let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let site: ExampleSite | undefined
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
  // Records what the widget tells the page, and any CSP violation, from the first script on.
  await page.addInitScript(() => {
    const log: Array<{ type: string; detail: unknown }> = []
    Object.assign(window, { weshipLog: log })
    for (const type of ['weship-ready', 'weship-cart-change', 'weship-error']) {
      document.addEventListener(type, (event) =>
        log.push({ type, detail: (event as CustomEvent).detail }),
      )
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push({ type: 'csp-violation', detail: `${event.violatedDirective} ${event.blockedURI}` }),
    )
  })
})
afterEach(async () => {
  await page.close()
  await site?.close()
  site = undefined
  // No unhandled rejection or exception, whatever the test did.
  expect(pageErrors).toEqual([])
})

const checkout = () => page.locator('weship-checkout')
/** What the shopper reads in the widget (the host's own text is empty: it lives in the shadow root). */
const checkoutText = () => checkout().locator('[part~="base"]').innerText()
/** Clicks "Add to cart" on the product card with this heading, as a shopper would. */
const addToCart = (product: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: product }) })
    .getByRole('button', { name: /^Add (\d+ )?to cart$/ })
    .click()
const events = (type: string) =>
  page.evaluate(
    (wanted) =>
      (window as unknown as { weshipLog: Array<{ type: string; detail: unknown }> }).weshipLog
        .filter((entry) => entry.type === wanted)
        .map((entry) => entry.detail),
    type,
  )

async function createCart(api: string, body: unknown): Promise<string> {
  const response = await fetch(`${api}/carts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return typeof address === 'object' && address ? address.port : 1
}

describe('script-tag example', () => {
  it('adds products from the page and shows the cart, formatted for the page locale', async () => {
    site = await startExampleSite()
    await page.goto(`${site.url}/script-tag/`)
    await expect.poll(() => events('weship-ready')).not.toHaveLength(0)
    await expect(checkout().getByText('Your cart is empty').isVisible()).resolves.toBe(true)

    // Two quick adds from two product cards (the mug card adds two) must land in one cart.
    await addToCart('Merino Crew Sweater')
    await addToCart('Stoneware Mug')
    await page.getByRole('button', { name: 'Cart, 3 items' }).waitFor()

    const lines = checkout().getByRole('list', { name: 'Items in your cart' }).getByRole('listitem')
    await expect.poll(() => lines.count()).toBe(2)
    const first = await lines.nth(0).innerText()
    expect(first).toContain('Merino Crew Sweater')
    expect(first).toContain('Navy')
    expect(first).toContain('M')
    expect(first).toContain('€89.00')
    const second = await lines.nth(1).innerText()
    expect(second).toContain('Stoneware Mug')
    expect(second).toMatch(/Quantity of Stoneware Mug\s*−\s*2\s*\+/)
    expect(second).toContain('€44.00')
    const summary = await checkoutText()
    expect(summary).toMatch(/Subtotal\s*€133\.00/)
    expect(await checkout().getByRole('img', { name: 'Merino Crew Sweater' }).count()).toBe(1)

    const changes = await events('weship-cart-change')
    expect(changes.at(-1)).toMatchObject({ cart: { itemCount: 3, subtotal: { amount: 13300 } } })
    expect(await events('csp-violation')).toEqual([])
  })

  it('restores a cart by id in the page language and currency', async () => {
    let cartId = ''
    site = await startExampleSite((html) =>
      html
        .replace('<html lang="en">', '<html lang="de">')
        .replace('currency="EUR"', `currency="JPY" cart="${cartId}"`),
    )
    cartId = await createCart(site.api, {
      currency: 'JPY',
      items: [{ sku: 'WEEKENDER-KHAKI', quantity: 1 }],
    })
    await page.goto(`${site.url}/script-tag/`)
    const lines = checkout()
      .getByRole('list', { name: 'Artikel in deinem Warenkorb' })
      .getByRole('listitem')
    await expect.poll(() => lines.count()).toBe(1)
    const text = await checkoutText()
    expect(text).toContain('Canvas Weekender Bag')
    expect(text).toContain('Khaki')
    // German grouping and yen without decimals, from the server's integer minor units.
    const products = (await (await fetch(`${site.api}/products?currency=JPY`)).json()) as {
      products: Array<{ variants: Array<{ sku: string; price: { amount: number } }> }>
    }
    const price = products.products
      .flatMap((product) => product.variants)
      .find((variant) => variant.sku === 'WEEKENDER-KHAKI')?.price.amount
    expect(price).toBeGreaterThan(1000)
    const yen = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'JPY' })
    expect(yen.format(price ?? 0)).toMatch(/^\d+\.\d{3}\s¥$/)
    expect(text).toContain(`Zwischensumme\n${yen.format(price ?? 0)}`)
  })

  it('shows a translated error and emits weship-error when the API is unreachable', async () => {
    const port = await closedPort()
    // Every mention of the API, CSP included, so the request really goes out and finds no one.
    site = await startExampleSite((html) =>
      html.replaceAll(/http:\/\/127\.0\.0\.1:\d+/g, `http://127.0.0.1:${port}`),
    )
    await page.goto(`${site.url}/script-tag/`)
    // Nothing is remembered yet, so the failure shows when the shopper adds a product.
    await addToCart('Merino Crew Sweater')
    await expect.poll(() => events('weship-error')).not.toHaveLength(0)
    const [error] = (await events('weship-error')) as Array<{ code: string }>
    expect(error?.code).toBe('NETWORK')
    await page.getByRole('alert').first().waitFor()
  })

  it('says a cart cannot be found, and offers a way on', async () => {
    site = await startExampleSite((html) => html.replace('currency="EUR"', 'cart="no-such-cart"'))
    await page.goto(`${site.url}/script-tag/`)
    const alert = checkout().getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toContain("We couldn't find this cart")
    expect(await events('weship-error')).toContainEqual(
      expect.objectContaining({ code: 'ADAPTER', reason: 'cart_not_found' }),
    )
  })

  it('runs under the published SRI hash, and not at all from a tampered file', async () => {
    const integrity = JSON.parse(
      readFileSync(
        new URL('../../packages/elements/dist/cdn/integrity.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, string>
    const pinned = (hash: string) => (html: string) =>
      html.replace(
        '<script src="/cdn/weship-checkout.js" defer>',
        `<script src="/cdn/weship-checkout.js" integrity="${hash}" crossorigin="anonymous" defer>`,
      )
    site = await startExampleSite(pinned(integrity['weship-checkout.js'] ?? ''))
    await page.goto(`${site.url}/script-tag/`)
    await expect.poll(() => events('weship-ready')).not.toHaveLength(0)
    await site.close()

    site = await startExampleSite(
      pinned('sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
    )
    await page.goto(`${site.url}/script-tag/`)
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => customElements.get('weship-checkout'))).toBeUndefined()
  })

  it('fetches its language and the steps after the cart as chunks beside the ES module', async () => {
    site = await startExampleSite((html) =>
      html
        .replace('<html lang="en">', '<html lang="fr">')
        .replace(
          '<script src="/cdn/weship-checkout.js" defer></script>',
          '<script type="module" src="/cdn/weship-checkout.mjs"></script>',
        ),
    )
    const chunks: string[] = []
    const modules: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/cdn/chunks/')) chunks.push(new URL(request.url()).pathname)
    })
    // Every module request, preloads included, answered: a preload resolved against the site's
    // root instead of the module's URL would 404 on a merchant's site.
    page.on('response', (response) => {
      const { pathname } = new URL(response.url())
      if (pathname.endsWith('.mjs')) modules.push(`${response.status()} ${pathname}`)
    })
    await page.goto(`${site.url}/script-tag/`)
    await checkout().getByText('Votre panier est vide').waitFor()
    // Languages are named by their tag: one loader in the first load builds the path.
    expect(chunks).toContain('/cdn/chunks/fr.mjs')
    // A page not in English fetches the fallback chain first, to choose its language.
    expect(chunks).toContainEqual(
      expect.stringMatching(/^\/cdn\/chunks\/locale-choice-[\w-]+\.mjs$/),
    )
    expect(await checkoutText()).not.toContain('Your cart')
    // The steps after the cart are a chunk of their own, fetched while the cart is on screen.
    await page.getByRole('button', { name: 'Ajouter au panier' }).first().click()
    await checkout().getByRole('button', { name: 'Passer la commande' }).click()
    await checkout().getByRole('heading', { level: 2, name: 'Contact' }).waitFor()
    expect(chunks).toContainEqual(expect.stringMatching(/^\/cdn\/chunks\/later-steps-[\w-]+\.mjs$/))
    expect(modules).toContainEqual(expect.stringMatching(/^200 \/cdn\/chunks\/checkout-page-/))
    // The contact step fetches the address data of the country the form will start with (France:
    // the chunk of F countries), by its URL beside the chunk that imports it.
    await expect
      .poll(() => modules)
      .toContainEqual(expect.stringMatching(/^200 \/cdn\/chunks\/address-f-[\w-]{8}\.mjs$/))
    expect(modules.filter((line) => !/^200 \/cdn\/(chunks\/)?[\w-]+\.mjs$/.test(line))).toEqual([])
    // The order status page's code is fetched by the page that shows one, never by the store.
    const statusChunk = expect.stringMatching(/^\/cdn\/chunks\/order-status-page-[\w-]+\.mjs$/)
    expect(chunks).not.toContainEqual(statusChunk)
    await page.goto(`${site.url}/tracking-page/?order=unknown&token=wrong`)
    await page
      .locator('weship-order-status')
      .getByRole('heading', { name: 'Retrouver votre commande' })
      .waitFor()
    expect(chunks).toContainEqual(statusChunk)
  })

  it("preloads a lazy chunk's own imports beside it, each once", async () => {
    site = await startExampleSite((html) =>
      html.replace(
        '<script src="/cdn/weship-checkout.js" defer></script>',
        '<script type="module" src="/cdn/weship-checkout.mjs"></script>',
      ),
    )
    await page.goto(`${site.url}/script-tag/`)
    await checkout().getByText('Your cart is empty').waitFor()
    // The chunks the checkout's chunk imports, as built: fetched beside it, not after it.
    const chunks = new URL('../../packages/elements/dist/cdn/chunks/', import.meta.url)
    const checkoutChunk = readdirSync(chunks).find((file) => file.startsWith('checkout-page-'))
    const source = readFileSync(new URL(checkoutChunk ?? '', chunks), 'utf8')
    const imports = [...source.matchAll(/\bfrom\s*"\.\/([\w-]+\.mjs)"/g)].map((m) => m[1])
    expect(imports.length).toBeGreaterThan(0)
    const links = await page.$$eval('link[rel="modulepreload"]', (all) =>
      all.map((link) => ({
        path: new URL((link as HTMLLinkElement).href).pathname,
        as: link.getAttribute('as'),
        crossOrigin: (link as HTMLLinkElement).crossOrigin,
      })),
    )
    for (const file of imports) {
      const path = `/cdn/chunks/${file}`
      expect(links.filter((link) => link.path === path)).toEqual([
        { path, as: 'script', crossOrigin: 'anonymous' },
      ])
    }
  })

  it('opens the drawer of a product page from the ES module, its code fetched on the way', async () => {
    // product.html loads the ES module itself.
    site = await startExampleSite()
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto(`${site.url}/script-tag/product.html`)
    await page.getByRole('button', { name: 'Add to cart' }).first().click()
    const cartButton = page.locator('weship-cart-button').getByRole('button', { name: /1 item/ })
    await cartButton.waitFor()
    // The drawer's code comes when the page is idle or the drawer opens (see checkout-element).
    await cartButton.click()
    await checkout().locator('dialog[part~="drawer"]').waitFor()
    await checkout().getByText('Merino Crew Sweater', { exact: true }).waitFor()
    expect(requests).toContainEqual(
      expect.stringMatching(/^\/cdn\/chunks\/checkout-page-[\w-]+\.mjs$/),
    )
    // The chunk's rules reached the checkout, and left the buttons' styles alone.
    const hasSummaryRules = (tag: string) =>
      page.evaluate(
        (selector) =>
          [...(document.querySelector(selector)?.shadowRoot?.adoptedStyleSheets ?? [])].some(
            (sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.summary-panel')),
          ),
        tag,
      )
    expect(await hasSummaryRules('weship-checkout')).toBe(true)
    expect(await hasSummaryRules('weship-add-to-cart')).toBe(false)
    // An English page needs no fallback chain, nor any language file.
    expect(requests).not.toContainEqual(
      expect.stringMatching(/\/locale-choice-|\/chunks\/[a-z]{2}(-\w+)?\.mjs$/),
    )
  })

  it('fetches the response schemas with the first request, and again after a failed fetch', async () => {
    // product.html loads the ES module itself.
    site = await startExampleSite()
    const schemaChunk = /\/cdn\/chunks\/http-schemas-[\w-]+\.mjs$/
    const fetched: string[] = []
    page.on('request', (request) => {
      if (schemaChunk.test(request.url())) fetched.push(request.url())
    })
    // The first fetch of the chunk fails, as on a flaky connection.
    let refused = 0
    await page.route(schemaChunk, (route) =>
      refused++ === 0 ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto(`${site.url}/script-tag/product.html`)
    const addButton = page.getByRole('button', { name: 'Add to cart' }).first()
    await addButton.waitFor()
    await page.waitForLoadState('networkidle')
    // A shopper without a cart has sent no request, so the page has no use for the schemas yet.
    expect(fetched).toEqual([])

    await addButton.click()
    const alert = page.locator('weship-add-to-cart').first().getByRole('alert')
    await alert.waitFor()
    // The widget's own file failed, not the shop; the merchant learns the connection dropped.
    expect(await alert.innerText()).toContain("The checkout's files didn't load")
    await expect
      .poll(() => events('weship-error'))
      .toContainEqual(expect.objectContaining({ code: 'NETWORK', reason: 'chunk_unreachable' }))

    await addButton.click()
    await page
      .locator('weship-cart-button')
      .getByRole('button', { name: /1 item/ })
      .waitFor()
    expect(fetched).toHaveLength(2)
  })

  it('refuses a bad attribute with a CONFIG error instead of a blank widget', async () => {
    site = await startExampleSite((html) =>
      html.replace(
        '<weship-checkout theme="auto" api="http://127.0.0.1',
        '<weship-checkout theme="auto" api="ftp://127.0.0.1',
      ),
    )
    await page.goto(`${site.url}/script-tag/`)
    const alert = checkout().getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toContain("This checkout isn't set up correctly")
    expect(await events('weship-error')).toContainEqual(expect.objectContaining({ code: 'CONFIG' }))
  })
})
