import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useShopperSession } from '../../test/browser/shopper-session'

// The store page on the ES module with every file pinned by an import map's integrity hashes, as
// docs/getting-started.md describes, under the page's strict CSP. A chunk the browser refuses is
// the widget's files failing, never "the shop": the shopper is told so, the merchant why.

const session = useShopperSession({ site: 'per-test' })

const integrity = JSON.parse(
  readFileSync(new URL('../../packages/elements/dist/cdn/integrity.json', import.meta.url), 'utf8'),
) as Record<string, string>
const checkoutChunk = /\/cdn\/chunks\/checkout-page-[\w-]+\.mjs$/

/** index.html on the ES module, its files pinned by an import map the CSP allows by hash. */
const pinnedModulePage = (html: string) => {
  const base = `${session.site.url}/cdn/`
  const map = JSON.stringify({
    imports: {},
    integrity: Object.fromEntries(
      Object.entries(integrity).map(([file, hash]) => [`${base}${file}`, hash]),
    ),
  })
  const hash = createHash('sha256').update(map).digest('base64')
  return html
    .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
    .replace(
      '<script src="/cdn/weship-checkout.js" defer></script>',
      `<script type="importmap">${map}</script>` +
        '<script type="module" src="/cdn/weship-checkout.mjs"></script>',
    )
}

const filesFailed = "The checkout's files didn't load"

async function expectChunkError(reason: string, why: RegExp) {
  const { shopper } = session
  const alert = shopper.checkout.getByRole('alert')
  await alert.waitFor()
  expect(await alert.innerText()).toContain(filesFailed)
  expect(await alert.innerText()).not.toContain("couldn't reach the shop")
  await expect.poll(() => shopper.events('weship-error')).not.toHaveLength(0)
  const [error] = (await shopper.events('weship-error')) as Array<Record<string, string>>
  expect(error).toMatchObject({ code: 'NETWORK', reason })
  expect(error?.message).toMatch(/checkout-page-[\w-]+\.mjs/)
  expect(error?.message).toMatch(why)
}

describe('a chunk the browser refuses', () => {
  it('says so, and reports an integrity mismatch when the file was tampered with', async () => {
    await session.openSite(pinnedModulePage)
    const { page } = session.shopper
    await page.route(checkoutChunk, async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: `${await response.text()}\n;globalThis.pwned = 1` })
    })
    await page.goto(`${session.site.url}/script-tag/`)
    await expectChunkError('chunk_integrity', /does not match the import map’s hash/)
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned ?? null)).toBeNull()
  })

  it('reports the HTTP status of a missing file, and loads once it is back', async () => {
    await session.openSite(pinnedModulePage)
    const { page } = session.shopper
    await page.route(checkoutChunk, (route) => route.fulfill({ status: 404, body: 'Not found' }))
    await page.goto(`${session.site.url}/script-tag/`)
    await expectChunkError('chunk_http_error', /answered HTTP 404/)

    await page.unroute(checkoutChunk)
    await session.shopper.checkout.getByRole('button', { name: 'Try again' }).click()
    await session.shopper.checkout.getByText('Your cart is empty').waitFor()
  })

  it('reports being offline', async () => {
    await session.openSite(pinnedModulePage)
    const { context } = session
    const { page } = session.shopper
    let goOffline = () => {}
    const offline = new Promise<void>((resolve) => {
      goOffline = resolve
    })
    await page.route(checkoutChunk, async (route) => {
      await offline
      await route.abort('internetdisconnected')
    })
    await page.goto(`${session.site.url}/script-tag/`)
    await context.setOffline(true)
    goOffline()
    try {
      await expectChunkError('chunk_offline', /the browser is offline/)
    } finally {
      await context.setOffline(false)
    }
  })
})
