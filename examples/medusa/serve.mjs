#!/usr/bin/env node
// `pnpm demo:medusa`: a local Medusa v2 on 127.0.0.1:9010 with its own PostgreSQL (Medusa is
// installed into ~/.cache/weship and its database seeded on the first run, a few minutes; later
// runs start in about half a minute) and this store page on 127.0.0.1:5175. Ctrl-C stops all.
import { existsSync } from 'node:fs'
import { startMedusaDemo } from './start-demo.mjs'

/** @type {Awaited<ReturnType<typeof startMedusaDemo>>} */
let demo
try {
  demo = await startMedusaDemo({
    pagePort: 5175,
    medusaPort: 9010,
    log: (line) => console.log(`medusa: ${line}`),
  })
} catch (error) {
  console.error(
    'demo:medusa: did not start (are ports 9010 and 5175 free? is PostgreSQL installed?)',
    error,
  )
  process.exit(1)
}

const cdnBuilt = existsSync(
  new URL('../../packages/elements/dist/cdn/weship-checkout.mjs', import.meta.url),
)
console.log(`
WeShip Checkout on Medusa is running (Medusa ready in ${(demo.medusaStartMs / 1000).toFixed(1)} s).

  Store page:        ${demo.pageUrl}/   (also ?currency=USD, JPY, KWD or BHD)
  Script-tag page:   ${demo.pageUrl}/script-tag.html   (HTML only: backend="medusa")${cdnBuilt ? '' : '\n                     run `npx --yes pnpm@12 build` once first: it loads the built CDN file'}
  Medusa Store API:  ${demo.medusa.baseUrl}/store
  Publishable key:   ${demo.medusa.publishableKey}
  Coupon to try:     WESHIP10 (SUMMER2024 has expired)

Press Ctrl-C to stop.`)

async function stop() {
  await demo.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
