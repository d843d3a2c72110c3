// The demo's servers: Medusa with its PostgreSQL (installed and seeded on first use) and this page,
// served from sources by Vite, with the built CDN files at /cdn/ for the script-tag page. Used by
// `pnpm demo:medusa` (serve.mjs) and by the browser test.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'
import { pickJson } from '../../packages/elements/build/pick-json.mjs'
import { freePort, serveCdnFiles, withClassicScriptIfAsked } from '../demo-pages.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const adapterDir = join(here, '../../packages/adapter-medusa')
const host = '127.0.0.1'
/** What the script-tag page is written against; replaced with the Medusa this run started. */
const PAGE_MEDUSA = 'http://127.0.0.1:9010'
const PAGE_KEY = 'pk_your_store_key'

/**
 * Vite serving this page from sources; the meta tags tell it where Medusa runs and its key
 * (read when the page is served, so the demo can fill them in once Medusa is up).
 * @param {number} port
 * @param {{ baseUrl?: string, publishableKey?: string }} medusa
 */
function createPage(port, medusa) {
  return createServer({
    root: here,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // No hot reload: its websocket is not in the script-tag page's strict connect-src.
    server: { host, port, strictPort: true, hmr: false, ws: false },
    plugins: [
      // The elements' sources import their English in parts (en.json?pick=…).
      pickJson(),
      {
        name: 'weship-medusa-server',
        // No inline script: the npm page reads these tags; the script-tag page's attributes and
        // CSP name this run's Medusa and key.
        transformIndexHtml: (html, context) => ({
          html: forThisRun(html, medusa, context.originalUrl ?? ''),
          tags: [
            ['medusa-url', medusa.baseUrl ?? ''],
            ['medusa-publishable-key', medusa.publishableKey ?? ''],
          ].map(([name, content]) => ({ tag: 'meta', attrs: { name, content }, injectTo: 'head' })),
        }),
        // The script-tag page loads the built CDN files, as a merchant's page loads them.
        configureServer: serveCdnFiles,
      },
    ],
  })
}

/**
 * The store page, talking to a running Medusa (the browser test's, started by its global setup).
 * @param {{ baseUrl: string, publishableKey: string, pagePort?: number }} medusa
 * @returns {Promise<{ pageUrl: string, close(): Promise<void> }>}
 */
export async function startMedusaPage(medusa) {
  const port = medusa.pagePort || (await freePort())
  const site = await createPage(port, medusa)
  await site.listen()
  return { pageUrl: `http://${host}:${port}`, close: () => site.close() }
}

/**
 * Medusa (its own PostgreSQL, the demo catalog) and the page: `pnpm demo:medusa`.
 * @param {{ pagePort?: number, medusaPort?: number, log?: (line: string) => void }} options
 */
export async function startMedusaDemo(options = {}) {
  const pagePort = options.pagePort || (await freePort())
  const pageUrl = `http://${host}:${pagePort}`
  /** @type {{ baseUrl?: string, publishableKey?: string }} */
  const where = {}
  const site = await createPage(pagePort, where)
  // Vite runs the TypeScript that starts Medusa; Medusa itself runs in a Node process of its own.
  const loaded = await site.ssrLoadModule(join(adapterDir, 'src/testing/start-medusa.ts'))
  const { startMedusa } =
    /** @type {import('../../packages/adapter-medusa/src/testing/start-medusa.ts')} */ (loaded)
  const started = Date.now()
  /** @type {import('../../packages/adapter-medusa/src/testing/start-medusa.ts').RunningMedusa} */
  let medusa
  try {
    medusa = await startMedusa({
      port: options.medusaPort,
      corsOrigins: [pageUrl],
      log: options.log,
    })
  } catch (error) {
    await site.close()
    throw error
  }
  const medusaStartMs = Date.now() - started
  Object.assign(where, { baseUrl: medusa.baseUrl, publishableKey: medusa.publishableKey })
  await site.listen()
  return {
    pageUrl,
    medusa,
    medusaStartMs,
    async close() {
      await Promise.allSettled([site.close(), medusa.stop()])
    },
  }
}

/**
 * A page as this run serves it: pointed at the Medusa it started, and with `?script=classic`, on
 * the one-file classic script instead of the ES module.
 * @param {string} html @param {{ baseUrl?: string, publishableKey?: string }} medusa @param {string} url
 */
function forThisRun(html, medusa, url) {
  const pointed = html
    .replaceAll(PAGE_MEDUSA, medusa.baseUrl ?? PAGE_MEDUSA)
    .replaceAll(PAGE_KEY, medusa.publishableKey ?? PAGE_KEY)
  return withClassicScriptIfAsked(pointed, url)
}
