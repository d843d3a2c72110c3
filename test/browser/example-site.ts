import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type CommerceEngine, createCommerceEngine, startMockServer } from '@weship/mock-server'
import { pointExamplesAt } from '../../scripts/demo-options.mjs'
import { defaultMounts, startStaticServer } from '../../scripts/static-server.mjs'

// The addresses the examples are written against; tests swap in their own mock server's.
export { EXAMPLE_API, EXAMPLE_PAYMENT_ORIGIN } from '../../scripts/demo-options.mjs'

const cdnFile = join(defaultMounts['/cdn/'], 'weship-checkout.js')

/** Fails early, with the fix, when the CDN file the browser tests load was never built. */
export function assertCdnBuilt(): void {
  try {
    readFileSync(cdnFile)
  } catch {
    throw new Error(`${cdnFile} is missing: run \`npx --yes pnpm@12 build\` before browser tests.`)
  }
}

export interface ExampleSite {
  /** Origin of the static server serving examples/ and /cdn/. */
  url: string
  /** Base URL of this run's mock server. */
  api: string
  /** Origin of this run's payment origin (hosted card fields, 3-D Secure). */
  paymentOrigin: string
  /** The mock server's engine, in this process: a test can read orders straight from it. */
  engine: CommerceEngine
  close: () => Promise<void>
}

export interface ExampleSiteOptions {
  /** Defaults to a fresh engine over the demo catalog. */
  engine?: CommerceEngine
  /** A page of this site the e-mails' shop links lead to ("Buy again", a cart reminder). */
  shopPage?: string
}

/**
 * Serves examples/ and the built CDN file next to a mock server on free loopback ports, with the
 * pages' API address rewritten to this run's mock server.
 */
export async function startExampleSite(
  rewrite: (html: string) => string = (html) => html,
  options: ExampleSiteOptions = {},
): Promise<ExampleSite> {
  assertCdnBuilt()
  const engine = options.engine ?? createCommerceEngine()
  // The site first, so that the e-mails can link to it; it serves nothing before it is returned.
  let origins = { api: '', paymentOrigin: '' }
  const site = await startStaticServer({
    port: 0,
    transform: (_file: string, html: string) => rewrite(pointExamplesAt(html, origins)),
  })
  const messages = options.shopPage ? { shopUrl: `${site.url}${options.shopPage}` } : {}
  const mock = await startMockServer({ port: 0, host: '127.0.0.1', dev: true, engine, messages })
  origins = { api: mock.url, paymentOrigin: mock.paymentUrl }
  return siteOnMock(site.url, mock, engine, site.close)
}

/**
 * A site at `url` that talks to `mock`: `close` runs `stopSite` (the site's server, and what it
 * leaves behind), then stops the mock server.
 */
export function siteOnMock(
  url: string,
  mock: { url: string; paymentUrl: string; close(): Promise<void> },
  engine: CommerceEngine,
  stopSite: () => Promise<void>,
): ExampleSite {
  return {
    url,
    api: mock.url,
    paymentOrigin: mock.paymentUrl,
    engine,
    close: async () => {
      await stopSite()
      await mock.close()
    },
  }
}
