import type { BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { openShopperPage, type ShopperPage } from './checkout-page'
import { launchChromium } from './chromium'
import { type ExampleSite, type ExampleSiteOptions, startExampleSite } from './example-site'

export interface ShopperSession {
  readonly context: BrowserContext
  /** This test's tab, checked clean (no page error, no CSP violation) after the test. */
  readonly shopper: ShopperPage
  /** This test's example site; fails if none was opened. */
  readonly site: ExampleSite
  /** Opens the example site with its pages rewritten, in place of any open one. */
  openSite(transform?: (html: string) => string, options?: ExampleSiteOptions): Promise<ExampleSite>
}

/**
 * The hooks of a script-tag browser test file: one Chromium for the file, and per test a new
 * shopper tab and (unless `site: 'per-test'`, for tests that rewrite the pages) a fresh example
 * site, all closed after the test.
 */
export function useShopperSession(options: { site?: 'each' | 'per-test' } = {}): ShopperSession {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
  let shopper: ShopperPage | undefined
  let site: ExampleSite | undefined
  const session: ShopperSession = {
    get context() {
      if (!browser) throw new Error('useShopperSession: Chromium is not running yet')
      return browser.context
    },
    get shopper() {
      if (!shopper) throw new Error('useShopperSession: no shopper tab outside a test')
      return shopper
    },
    get site() {
      if (!site) throw new Error('useShopperSession: this test opened no example site')
      return site
    },
    async openSite(transform, siteOptions) {
      await site?.close()
      site = undefined
      site = await startExampleSite(transform, siteOptions)
      return site
    },
  }
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    if (options.site !== 'per-test') await session.openSite()
    shopper = await openShopperPage(session.context)
  })
  afterEach(async () => {
    await shopper?.assertClean()
    await shopper?.page.close()
    shopper = undefined
    await site?.close()
    site = undefined
  })
  return session
}
