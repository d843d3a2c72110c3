// A small keep-alive load client for order placement. autocannon cannot choose the source
// address, and the server limits orders per client address (30 per 15 minutes), so each
// simulated shopper here connects from its own loopback address (127.0.x.y).
import { randomUUID } from 'node:crypto'
import { Agent, request } from 'node:http'

const ORDERS_PER_SHOPPER = 25
// Counted across runs, so a warm-up's shoppers never come back with their attempts used up.
let shoppers = 0

/**
 * Places one order per prepared cart with `connections` shoppers in parallel, until the time
 * is up or the carts run out. Returns counts, the elapsed seconds and every latency in ms.
 */
export async function placeOrders({ url, carts, seconds, connections }) {
  const { hostname, port } = new URL(url)
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  const latencies = []
  const statuses = new Map()
  let nextCart = 0

  // A new shopper's connection is opened (GET /health) before its first order is timed.
  const shopperAgent = async () => {
    shoppers += 1
    const localAddress = `127.0.${1 + Math.floor(shoppers / 250)}.${1 + (shoppers % 250)}`
    const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress })
    await send(agent, { hostname, port, path: '/health', method: 'GET' })
    return agent
  }

  async function shopper() {
    let agent = await shopperAgent()
    let placed = 0
    while (performance.now() < deadline && nextCart < carts.length) {
      const { cartId, cartVersion, token } = carts[nextCart++]
      if (placed++ === ORDERS_PER_SHOPPER) {
        agent.destroy()
        agent = await shopperAgent()
        placed = 1
      }
      const body = JSON.stringify({ cartVersion, payment: { methodId: 'card', token } })
      const start = performance.now()
      const target = { hostname, port, path: `/carts/${cartId}/orders`, method: 'POST' }
      const status = await send(agent, target, body)
      latencies.push(performance.now() - start)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
    agent.destroy()
  }

  await Promise.all(Array.from({ length: connections }, shopper))
  const elapsed = (performance.now() - started) / 1000
  return { elapsed, latencies, statuses, exhausted: nextCart >= carts.length }
}

function send(agent, target, body) {
  return new Promise((resolve, reject) => {
    const headers = body && {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'idempotency-key': randomUUID(),
    }
    const outgoing = request({ ...target, agent, headers }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** The 99th percentile of the latencies, in ms. */
export function p99(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0
}
