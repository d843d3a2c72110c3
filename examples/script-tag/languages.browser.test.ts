import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { matchLocale, pseudoLocale, supportedLocales } from '@weship/checkout-core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { defaultMounts, startStaticServer } from '../../scripts/static-server.mjs'
import { useShopperSession } from '../../test/browser/shopper-session'

// The classic script carries English only. Any other language is a JSON file beside it, fetched
// with the SRI hash built into the script: pinning the script's hash pins its languages too.

const session = useShopperSession({ site: 'per-test' })
const cdn = defaultMounts['/cdn/']
const integrity: Record<string, string> = JSON.parse(
  readFileSync(join(cdn, 'integrity.json'), 'utf8'),
)
const script = readFileSync(join(cdn, 'weship-checkout.js'), 'utf8')
const languageFiles = Object.keys(integrity).filter((file) => file.startsWith('languages/'))

/** Every request and every failure of the page, from the first request on. */
function recordRequests(page: Page) {
  const requests: string[] = []
  const failures: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  page.on('requestfailed', (request) =>
    failures.push(`${request.url()} ${request.failure()?.errorText}`),
  )
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()} ${response.status()}`)
  })
  return { languages: () => requests.filter((path) => path.includes('/languages/')), failures }
}

async function openStore(htmlTag: string) {
  await session.openSite((html) => html.replace('<html lang="en">', htmlTag))
  const record = recordRequests(session.shopper.page)
  await session.shopper.goto(`${session.site.url}/script-tag/`)
  await session.shopper.page.locator('weship-add-to-cart').first().locator('button').waitFor()
  return record
}

describe('the classic script', () => {
  it('carries English only, and the SRI hash of every language beside it', async () => {
    // A file for each language but English, and the pseudo-locale's for development.
    expect(languageFiles.length).toBe(supportedLocales.length)
    expect(
      languageFiles.filter((file) => file.startsWith(`languages/${pseudoLocale}-`)),
    ).toHaveLength(1)
    for (const file of languageFiles) {
      expect(script).toContain(integrity[file])
      expect(script).toContain(file)
    }
    expect(script).not.toContain('Dein Warenkorb')
    expect(script).toContain('Your cart')

    // An English page fetches no language at all.
    const record = await openStore('<html lang="en-GB">')
    expect(record.languages()).toEqual([])
    expect(record.failures).toEqual([])
  })

  it("fetches the page's language from beside itself, once, and speaks it", async () => {
    const record = await openStore('<html lang="de-AT">')
    await session.shopper.page
      .locator('weship-add-to-cart')
      .first()
      .getByRole('button', { name: 'In den Warenkorb' })
      .waitFor()
    expect(record.languages()).toEqual([
      `/cdn/${languageFiles.find((file) => file.startsWith('languages/de-'))}`,
    ])
    expect(record.failures).toEqual([])
  })

  it('walks the fallback chain before it fetches anything: no request fails on the way', async () => {
    const record = await openStore('<html lang="pt-AO">')
    const language = matchLocale('pt-AO')
    expect(record.languages()).toEqual(
      language === 'en'
        ? []
        : [`/cdn/${languageFiles.find((file) => file.startsWith(`languages/${language}-`))}`],
    )
    expect(record.failures).toEqual([])
  })

  it('refuses a language file that is not the one it was built with, and speaks English', async () => {
    await session.openSite((html) => html.replace('<html lang="en">', '<html lang="fr">'))
    const { page } = session.shopper
    await page.route('**/cdn/languages/fr-*.json', async (route) => {
      const original = await route.fetch()
      const messages = await original.json()
      messages.addToCart.label = 'Acheter maintenant (falsifié)'
      await route.fulfill({ response: original, json: messages })
    })
    const refused: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text())
    })
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await page
      .locator('weship-add-to-cart')
      .first()
      .getByRole('button', { name: 'Add to cart' })
      .waitFor()
    expect(refused.join('\n')).toMatch(/integrity/i)
  })

  it('fetches its languages from its own origin with CORS, as from a CDN', async () => {
    const cdnServer = await startStaticServer({ port: 0, mounts: { '/cdn/': cdn }, cors: true })
    try {
      await session.openSite((html) =>
        html
          .replace('<html lang="en">', '<html lang="es">')
          .replaceAll('/cdn/weship-checkout.js', `${cdnServer.url}/cdn/weship-checkout.js`)
          .replace("script-src 'self'", `script-src 'self' ${cdnServer.url}`)
          .replace("connect-src 'self'", `connect-src ${cdnServer.url}`),
      )
      const record = recordRequests(session.shopper.page)
      await session.shopper.goto(`${session.site.url}/script-tag/`)
      await session.shopper.page
        .locator('weship-add-to-cart')
        .first()
        .getByRole('button', { name: 'Añadir al carrito' })
        .waitFor()
      expect(record.languages()).toHaveLength(1)
      expect(record.failures).toEqual([])
    } finally {
      await cdnServer.close()
    }
  })
})
