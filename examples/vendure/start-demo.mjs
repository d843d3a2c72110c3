// The demo's two servers: Vendure (sqljs, sample data) and this page, served from sources by Vite,
// with the built CDN files at /cdn/ for the script-tag page. Used by `pnpm demo:vendure`
// (serve.mjs) and by the example's browser tests.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'
import { pickJson } from '../../packages/elements/build/pick-json.mjs'
import { freePort, serveCdnFiles, withClassicScriptIfAsked } from '../demo-pages.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const adapterDir = join(here, '../../packages/adapter-vendure')
const host = '127.0.0.1'
/** The Shop API the pages are written against; replaced with the one this run started. */
const PAGE_SHOP_API = 'http://127.0.0.1:3050/shop-api'

/**
 * @param {{ pagePort?: number, vendurePort?: number, log?: boolean }} options 0 or none: free ports
 * @returns {Promise<{ pageUrl: string, shopApiUrl: string, vendureStartMs: number, close(): Promise<void> }>}
 */
export async function startVendureDemo(options = {}) {
  let shopApiUrl = ''
  const pagePort = options.pagePort || (await freePort())
  const pageUrl = `http://${host}:${pagePort}`
  const site = await createServer({
    root: here,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    // Vendure is CommonJS that Node loads itself; Vite only runs the TypeScript that starts it.
    ssr: { resolve: { conditions: ['source', 'node', 'development|production'] } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // No hot reload: its websocket is not in the script-tag page's strict connect-src.
    server: { host, port: pagePort, strictPort: true, hmr: false, ws: false },
    plugins: [
      // The elements' sources import their English in parts (en.json?pick=…).
      pickJson(),
      {
        name: 'weship-vendure-shop-api',
        // Tells the pages where Vendure was started, without an inline script: a meta tag for the
        // npm page, the attributes and the CSP of the script-tag page.
        transformIndexHtml: (html, context) => ({
          html: forThisRun(html, shopApiUrl, context.originalUrl ?? ''),
          tags: [
            {
              tag: 'meta',
              attrs: { name: 'vendure-shop-api', content: shopApiUrl },
              injectTo: 'head',
            },
          ],
        }),
        // The script-tag page loads the built CDN files, as a merchant's page loads them.
        configureServer: serveCdnFiles,
      },
    ],
  })
  const loaded = await site.ssrLoadModule(join(adapterDir, 'src/testing/start-vendure.ts'))
  const { startVendure } =
    /** @type {import('../../packages/adapter-vendure/src/testing/start-vendure.ts')} */ (loaded)
  const started = Date.now()
  /** @type {import('../../packages/adapter-vendure/src/testing/start-vendure.ts').RunningVendure} */
  let vendure
  try {
    vendure = await startVendure({
      dataDir: join(adapterDir, '.vendure-data'),
      port: options.vendurePort,
      corsOrigins: [pageUrl],
      log: options.log,
    })
  } catch (error) {
    await site.close()
    throw error
  }
  const vendureStartMs = Date.now() - started
  shopApiUrl = vendure.shopApiUrl
  await site.listen()
  return {
    pageUrl,
    shopApiUrl,
    vendureStartMs,
    async close() {
      await Promise.allSettled([site.close(), vendure.stop()])
    },
  }
}

/**
 * A page as this run serves it: pointed at the Vendure it started, and with `?script=classic`,
 * on the one-file classic script instead of the ES module.
 * @param {string} html @param {string} shopApiUrl @param {string} url
 */
function forThisRun(html, shopApiUrl, url) {
  const pointed = html
    .replaceAll(PAGE_SHOP_API, shopApiUrl)
    .replaceAll(new URL(PAGE_SHOP_API).origin, new URL(shopApiUrl).origin)
  return withClassicScriptIfAsked(pointed, url)
}
