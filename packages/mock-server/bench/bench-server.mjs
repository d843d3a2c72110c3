// A server for server-bench.mjs, in its own process so the load generator does not share its
// event loop: `mock` is the built mock server, `bare` a plain node:http JSON responder.
import { createServer } from 'node:http'
import { createCommerceEngine, demoCatalog, startMockServer } from '../dist/index.js'

const BERLIN = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}
const ITEMS = [
  { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
  { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
  { sku: 'TRAIL-SOCKS-3PK-M', quantity: 3 },
]
// Orders take stock; without limits the order run measures the server, not a sold-out shop.
const unlimitedStock = {
  ...demoCatalog,
  products: demoCatalog.products.map((product) => ({
    ...product,
    variants: product.variants.map(({ stock: _stock, ...variant }) => variant),
  })),
}

const mode = process.argv[2]
const answer = (id, result) => process.send?.({ id, result })
const memory = () => {
  globalThis.gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  return { rss, heapUsed }
}

if (mode === 'bare') {
  let body = '{}'
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    response.end(body)
  })
  server.listen(0, '127.0.0.1', () =>
    answer('ready', { url: `http://127.0.0.1:${server.address().port}` }),
  )
  process.on('message', ({ id, type, payload }) => {
    if (type === 'body') body = payload
    answer(id, {})
    if (type !== 'stop') return
    server.closeAllConnections()
    server.close(() => process.exit(0))
  })
} else {
  const engine = createCommerceEngine({ catalog: unlimitedStock })
  const server = await startMockServer({ port: 0, host: '127.0.0.1', engine })
  const expiry = `12/${String((new Date().getUTCFullYear() + 5) % 100).padStart(2, '0')}`

  /** A cart with items, contact, address and delivery: what a shopper has at the payment step. */
  const readyCart = () => {
    const { id } = engine.createCart({ items: ITEMS })
    engine.setContact(id, { email: 'bench@example.com' })
    engine.setShippingAddress(id, BERLIN)
    return engine.selectShippingOption(id, 'de-standard')
  }
  const commands = {
    seed: () => ({ cartId: readyCart().id }),
    // Card tokens as the payment origin issues them, one tokenizing client per 50 (its limit is 60).
    orders: ({ count }) =>
      Array.from({ length: count }, (_, index) => {
        const cart = readyCart()
        const card = { number: '4242 4242 4242 4242', expiry, cvc: '123' }
        const { token } = engine.payments.tokenize(card, {
          client: `bench-${Math.floor(index / 50)}`,
        })
        return { cartId: cart.id, cartVersion: cart.version, token }
      }),
    carts: ({ count }) => {
      const before = memory()
      for (let index = 0; index < count; index += 1) engine.createCart({ items: ITEMS.slice(0, 2) })
      return { before, after: memory() }
    },
    stop: async () => {
      await server.close()
      setImmediate(() => process.exit(0))
      return {}
    },
  }
  process.on('message', async ({ id, type, payload }) => answer(id, await commands[type](payload)))
  answer('ready', { url: server.url })
}
