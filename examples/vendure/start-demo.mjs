// The demo's two servers: Vendure (sqljs, sample data) and this page, served from sources by Vite.
// Used by `pnpm demo:vendure` (serve.mjs) and by the example's browser test.
import { createServer as createNetServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'
import { pickJson } from '../../packages/elements/build/pick-json.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const adapterDir = join(here, '../../packages/adapter-vendure')
const host = '127.0.0.1'

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
    server: { host, port: pagePort, strictPort: true },
    plugins: [
      // The elements' sources import their English in parts (en.json?pick=…).
      pickJson(),
      {
        name: 'weship-vendure-shop-api',
        // Tells the page where Vendure was started, without an inline script.
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { name: 'vendure-shop-api', content: shopApiUrl },
            injectTo: 'head',
          },
        ],
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

/** @returns {Promise<number>} a loopback port with nothing listening on it */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}
