#!/usr/bin/env node
// `pnpm demo:vendure`: a local Vendure (sqljs, seeded with its sample data on first run) on
// 127.0.0.1:3050 and this store page on 127.0.0.1:5174, built from sources by Vite. Ctrl-C stops both.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const here = dirname(fileURLToPath(import.meta.url))
const adapterDir = join(here, '../../packages/adapter-vendure')
const host = '127.0.0.1'
const pagePort = 5174
const vendurePort = 3050
const pageOrigin = `http://${host}:${pagePort}`

const conditions = ['source', 'module', 'browser', 'development|production']
const site = await createServer({
  root: here,
  configFile: false,
  logLevel: 'warn',
  resolve: { conditions },
  // Vendure is CommonJS that Node loads itself; Vite only runs the TypeScript that starts it.
  ssr: { resolve: { conditions: ['source', 'node', 'development|production'] } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { host, port: pagePort, strictPort: true },
})

/** @type {import('../../packages/adapter-vendure/src/testing/start-vendure.ts')} */
const { startVendure } = await site.ssrLoadModule(join(adapterDir, 'src/testing/start-vendure.ts'))
const started = Date.now()
let vendure
try {
  vendure = await startVendure({
    dataDir: join(adapterDir, '.vendure-data'),
    port: vendurePort,
    corsOrigins: [pageOrigin],
    log: Boolean(process.env.VENDURE_LOG),
  })
} catch (error) {
  console.error(`demo:vendure: Vendure did not start (is port ${vendurePort} free?)`, error)
  await site.close()
  process.exit(1)
}
await site.listen()

console.log(`
WeShip Checkout on Vendure is running (Vendure ready in ${((Date.now() - started) / 1000).toFixed(1)} s).

  Store page:      ${pageOrigin}/
  Vendure Shop API: ${vendure.shopApiUrl}
  Coupon to try:   WESHIP10 (SUMMER2024 is expired)

Press Ctrl-C to stop.`)

async function stop() {
  await Promise.allSettled([site.close(), vendure.stop()])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
