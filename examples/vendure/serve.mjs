#!/usr/bin/env node
// `pnpm demo:vendure`: a local Vendure (sqljs, seeded with its sample data on the first run) on
// 127.0.0.1:3050 and this store page on 127.0.0.1:5174. Ctrl-C stops both.
import { existsSync } from 'node:fs'
import { startVendureDemo } from './start-demo.mjs'

/** @type {Awaited<ReturnType<typeof startVendureDemo>>} */
let demo
try {
  demo = await startVendureDemo({
    pagePort: 5174,
    vendurePort: 3050,
    log: Boolean(process.env.VENDURE_LOG),
  })
} catch (error) {
  console.error('demo:vendure: did not start (are ports 3050 and 5174 free?)', error)
  process.exit(1)
}

const cdnBuilt = existsSync(
  new URL('../../packages/elements/dist/cdn/weship-checkout.mjs', import.meta.url),
)
console.log(`
WeShip Checkout on Vendure is running (Vendure ready in ${(demo.vendureStartMs / 1000).toFixed(1)} s).

  Store page:       ${demo.pageUrl}/  (npm package, registerBackend)
  Script-tag page:  ${demo.pageUrl}/script-tag.html  (HTML only: backend="vendure")${cdnBuilt ? '' : '\n                    run `npx --yes pnpm@12 build` once first: it loads the built CDN file'}
  Vendure Shop API: ${demo.shopApiUrl}
  Coupon to try:    WESHIP10 (SUMMER2024 is expired)

Press Ctrl-C to stop.`)

async function stop() {
  await demo.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
