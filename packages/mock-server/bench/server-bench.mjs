// Mock-server latency under load, against the built package (build first, see the README).
// Prints figures; it is a measurement, not a gate, and exits 0 whatever they are.
//   node packages/mock-server/bench/server-bench.mjs      BENCH_SECONDS=5 by default
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { p99, placeOrders } from './order-load.mjs'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = 50
const CARTS_FOR_MEMORY = 10_000
// The payment origin keeps at most 10,000 live card tokens: prepare fewer.
const ORDER_CARTS = 9_000
const ORDER_WARMUP_CARTS = 1_500
const TARGET_RATIO = 1 / 3
const serverScript = fileURLToPath(new URL('./bench-server.mjs', import.meta.url))
const built = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const children = new Set()

/** A bench server in its own process, driven by messages; fails fast if the process dies. */
async function startChild(mode) {
  const child = fork(serverScript, [mode], { execArgv: ['--expose-gc'], stdio: 'inherit' })
  children.add(child)
  const waiting = new Map()
  let nextId = 0
  child.on('message', ({ id, result }) => {
    waiting.get(id)?.resolve(result)
    waiting.delete(id)
  })
  child.once('exit', (code) => {
    children.delete(child)
    for (const { reject } of waiting.values())
      reject(new Error(`bench server (${mode}) exited: ${code}`))
  })
  const reply = (id) => new Promise((resolve, reject) => waiting.set(id, { resolve, reject }))
  const { url } = await reply('ready')
  const call = (type, payload) => {
    const id = nextId++
    const answered = reply(id)
    child.send({ id, type, payload })
    return answered
  }
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    await call('stop')
    await exited
  }
  return { url, call, stop }
}

async function load(url) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    warmup: { connections: CONNECTIONS, duration: 1 },
  })
  const failures = result.non2xx + result.errors + result.timeouts
  return { rps: result.requests.average, p99: result.latency.p99, failures }
}

const number = (value, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const mb = (bytes) => `${number(bytes / 2 ** 20, 1)} MB`
const line = (label, text) => console.log(`  ${label.padEnd(30)} ${text}`)

async function main() {
  if (!existsSync(built)) {
    console.error(
      'Build first: npx --yes pnpm@12 --filter @weship/checkout-core --filter @weship/mock-server run build',
    )
    process.exit(1)
  }
  console.log(
    `mock-server bench: ${CONNECTIONS} keep-alive connections, ${SECONDS} s per run (BENCH_SECONDS),` +
      ` Node ${process.version}, ${availableParallelism()} CPUs, load average ${number(loadavg()[0], 1)}`,
  )

  const mock = await startChild('mock')
  const { cartId } = await mock.call('seed')
  const cartUrl = `${mock.url}/carts/${cartId}`
  const cartBody = await (await fetch(cartUrl)).text()
  const cart = await load(cartUrl)
  line(
    'GET /carts/{id}',
    `${number(cart.rps)} req/s  p99 ${cart.p99} ms  (${cartBody.length} B body, ${cart.failures} failed)`,
  )

  const bare = await startChild('bare')
  await bare.call('body', cartBody)
  const yardstick = await load(bare.url)
  await bare.stop()
  line(
    'bare node:http (yardstick)',
    `${number(yardstick.rps)} req/s  p99 ${yardstick.p99} ms  (same body)`,
  )
  const ratio = cart.rps / yardstick.rps
  const verdict = ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'
  line('cart read / bare', `${number(ratio, 2)}  (target ≥ ${number(TARGET_RATIO, 2)})  ${verdict}`)

  await benchOrders(mock)
  await mock.stop()
  await benchMemory()
}

async function benchOrders(mock) {
  const probe = await fetch(`${mock.url}/carts/unknown/orders`, { method: 'POST' })
  const { reason } = await probe.json()
  if (probe.status === 404 && reason === 'not_found') {
    line('POST /carts/{id}/orders', 'place order: not available yet')
    return
  }
  const prepared = await mock.call('orders', { count: ORDER_CARTS })
  // A second of warm-up on carts of its own, like autocannon's, so JIT time is not counted.
  const warm = prepared.slice(0, ORDER_WARMUP_CARTS)
  await placeOrders({ url: mock.url, carts: warm, seconds: 1, connections: CONNECTIONS })
  const carts = prepared.slice(ORDER_WARMUP_CARTS)
  const run = await placeOrders({
    url: mock.url,
    carts,
    seconds: SECONDS,
    connections: CONNECTIONS,
  })
  const answers = [...run.statuses]
    .map(([status, count]) => `${number(count)}× ${status}`)
    .join(', ')
  const ended = run.exhausted
    ? `, ended after ${number(run.elapsed, 1)} s: ${number(carts.length)} carts used up`
    : ''
  line(
    'POST /carts/{id}/orders',
    `${number(run.latencies.length / run.elapsed)} orders/s  p99 ${number(p99(run.latencies), 1)} ms  (${answers}${ended})`,
  )
}

async function benchMemory() {
  const fresh = await startChild('mock')
  const { before, after } = await fresh.call('carts', { count: CARTS_FOR_MEMORY })
  await fresh.stop()
  const perCart = (after.rss - before.rss) / CARTS_FOR_MEMORY
  line(
    `memory, ${number(CARTS_FOR_MEMORY)} carts`,
    `RSS ${mb(before.rss)} → ${mb(after.rss)} (+${mb(after.rss - before.rss)}, ≈${number(perCart / 1024, 1)} KB/cart;` +
      ` heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)})`,
  )
  line(
    '',
    'measured in the server process (a child), carts made in-process with engine.createCart, after GC',
  )
}

const stopAll = () => {
  for (const child of children) child.kill()
}
process.on('SIGINT', () => {
  stopAll()
  process.exit(130)
})
try {
  await main()
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
} finally {
  stopAll()
}
