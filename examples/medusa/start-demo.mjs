// The demo's servers: Medusa with its PostgreSQL (installed and seeded on first use) and this page,
// served from sources by Vite. Used by `pnpm demo:medusa` (serve.mjs) and by the browser test.
import { createServer as createNetServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'
import { pickJson } from '../../packages/elements/build/pick-json.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const adapterDir = join(here, '../../packages/adapter-medusa')
const host = '127.0.0.1'

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
    server: { host, port, strictPort: true },
    plugins: [
      // The elements' sources import their English in parts (en.json?pick=…).
      pickJson(),
      {
        name: 'weship-medusa-server',
        // No inline script: the page reads these tags.
        transformIndexHtml: () =>
          [
            ['medusa-url', medusa.baseUrl ?? ''],
            ['medusa-publishable-key', medusa.publishableKey ?? ''],
          ].map(([name, content]) => ({ tag: 'meta', attrs: { name, content }, injectTo: 'head' })),
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
