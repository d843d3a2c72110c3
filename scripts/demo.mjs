#!/usr/bin/env node
// Starts the whole demo: the mock server (API + payment origin, dev hooks on) and the examples
// next to the built CDN file, on ports 4010, 4011 and 5173 unless told others (demo-options.mjs).
// Ctrl-C stops everything.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDemoOptions, pointExamplesAt } from './demo-options.mjs'
import { startStaticServer } from './static-server.mjs'
import { allowStripeInCsp } from './stripe-csp.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const host = '127.0.0.1'
let options
try {
  options = parseDemoOptions(process.argv.slice(2), process.env)
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : error}`)
  process.exit(2)
}
const { apiPort, paymentPort, sitePort } = options
const api = `http://${host}:${apiPort}`
const paymentOrigin = `http://${host}:${paymentPort}`
// With Stripe test keys the mock server (which reads the same variables) pays through Stripe,
// and the example pages' CSP lets Stripe.js in; without them the demo is the test processor.
const stripeMode = Boolean(process.env.STRIPE_SECRET_KEY && process.env.STRIPE_PUBLISHABLE_KEY)

const mock = spawn(
  process.execPath,
  [
    join(root, 'packages/mock-server/bin/weship-mock-server.js'),
    '--port',
    String(apiPort),
    '--payment-port',
    String(paymentPort),
    '--host',
    host,
    '--dev',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)

const mockReady = new Promise((resolve, reject) => {
  mock.once('exit', (code) => reject(new Error(`mock server exited with code ${code}`)))
  mock.stdout.on('data', (chunk) => {
    process.stdout.write(`[mock-server] ${chunk}`)
    if (String(chunk).includes('listening on')) resolve(undefined)
  })
})

function stop(code = 0) {
  mock.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

try {
  const transform = (_file, html) => {
    const pointed = pointExamplesAt(html, { api, paymentOrigin })
    return stripeMode ? allowStripeInCsp(pointed) : pointed
  }
  const [site] = await Promise.all([
    // CORS as a public CDN sends it, so a page of your own on another origin can load /cdn/.
    startStaticServer({ port: sitePort, host, transform, cors: true }),
    mockReady,
  ])
  console.log(`
WeShip Checkout demo is running.

  Examples:                 ${site.url}/
  Store page (script tag):  ${site.url}/script-tag/
  Product page (drawer):    ${site.url}/script-tag/product.html
  Order status page:        ${site.url}/tracking-page/  (linked from the confirmation)
  Theming (three looks):    ${site.url}/theming/
  Mock commerce API:        ${api}  (try ${api}/products?currency=EUR)
  Payment origin:           ${paymentOrigin}  (hosted card fields, 3-D Secure)${
    stripeMode
      ? `
  Stripe (test mode):       cards are paid through Stripe: 4242 4242 4242 4242 pays,
                            4000 0000 0000 0002 declines, 4000 0027 6000 3184 asks for 3-D Secure`
      : ''
  }
  Dev clock:                POST ${api}/__dev/clock  {"advance":"PT2H"}
  Sent e-mail (outbox):     ${api}/__dev/outbox

Press Ctrl-C to stop.`)
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : error}`)
  console.error(
    `Are ports ${apiPort}, ${paymentPort} and ${sitePort} free? Stop whatever uses them, or ` +
      'choose others: pnpm demo -- --api-port 4020 --payment-port 4021 --site-port 5183',
  )
  stop(1)
}
