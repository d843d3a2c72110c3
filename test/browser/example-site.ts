import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startMockServer } from '@weship/mock-server'
import { defaultMounts, startStaticServer } from '../../scripts/static-server.mjs'

/** The address the examples are written against; tests swap in their own mock server's. */
export const EXAMPLE_API = 'http://127.0.0.1:4010'
/** The payment origin the examples' Content-Security-Policy allows frames from. */
export const EXAMPLE_PAYMENT_ORIGIN = 'http://127.0.0.1:4011'

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
  close: () => Promise<void>
}

/**
 * Serves examples/ and the built CDN file next to a mock server on free loopback ports, with the
 * pages' API address rewritten to this run's mock server.
 */
export async function startExampleSite(
  rewrite: (html: string) => string = (html) => html,
): Promise<ExampleSite> {
  assertCdnBuilt()
  const mock = await startMockServer({ port: 0, host: '127.0.0.1', dev: true })
  const site = await startStaticServer({
    port: 0,
    transform: (_file: string, html: string) =>
      rewrite(
        html.replaceAll(EXAMPLE_API, mock.url).replaceAll(EXAMPLE_PAYMENT_ORIGIN, mock.paymentUrl),
      ),
  })
  return {
    url: site.url,
    api: mock.url,
    paymentOrigin: mock.paymentUrl,
    close: async () => {
      await site.close()
      await mock.close()
    },
  }
}
